import abusiveJson from '../../fixtures/corpus/round8-abusive.json';
import lawfulJson from '../../fixtures/corpus/round8-lawful.json';
import { type CorpusEntry, describeBlindRound } from './measure';
import { describeClassSignals } from './class-signals';

/**
 * Round 8 (blind, 2026-12-06) was written by another author without reading the rule pack, the matcher, the
 * classifier or any corpus file but the first lines of one (for the JSON shape), from regulations.md and anchors.md
 * only: at least 45 messages expecting each of threat, third_party, impersonation, false_consequence, insult and
 * privacy (392 in all; an `expect` lists every category a message commits) and 220 lawful ones, a third of them firm.
 * It was written while the pack was being tuned on round 7, and measured once against the pack before that tuning
 * (f5ba1dd) and once after it (the FIRST PASS of the tuned pack); both are in tests/fixtures/corpus/README.md
 * ("Round 8"). The pack was then TUNED on this round by meaning class ("Tuning after round 8" in that README), so
 * these figures are no longer a blind estimate and the round is held to the tuned floors.
 *
 * The author used variable names our sample schema does not have ({{ borrower.surname }}, {{ loan.days_overdue }}):
 * `allowed-variables-only` (category `template`) blocks those templates, rightly, but that is not a judgement of the
 * wording. So the floors are asserted on the PLAIN-TEXT VIEW (content errors other than `template`): recall ≥ 90%,
 * lawful blocked ≤ 5%, and an error of its own class for ≥ 90% of the messages of each of the six classes. The
 * all-findings view (`describeBlindRound`, template findings counted) asserts recall ≥ 90% only; its false blocks are
 * printed, not asserted, since most of them are the unknown variables.
 */
const abusive = abusiveJson as CorpusEntry[];
const lawful = lawfulJson as CorpusEntry[];

describeBlindRound({
  label: 'round8',
  noun: 'round-8',
  title: 'the blind round-8 corpus (tests/fixtures/corpus/round8-*.json)',
  abusive,
  lawful,
  minAbusive: 240,
  minLawful: 150,
  minRecall: 0.9,
  // all-findings view: lawful templates with unknown variables are rightly blocked as `template`; see the plain-text view
  maxFalseBlocks: 1,
});

describeClassSignals({
  label: 'round8',
  title: 'round 8 per-category recall, the model signal and the plain-text view',
  abusive,
  lawful,
  minClassRecall: 0.9,
  plainText: { minRecall: 0.9, maxFalseBlocks: 0.05 },
});
