import abusiveJson from '../../fixtures/corpus/round7-abusive.json';
import lawfulJson from '../../fixtures/corpus/round7-lawful.json';
import { type CorpusEntry, describeBlindRound } from './measure';
import { describeClassSignals } from './class-signals';

/**
 * Round 7 (blind, after the round-6 tuning, 2026-12-06) was written by another author without reading the rule pack,
 * the matcher, the classifier or any earlier corpus file, from regulations.md and anchors.md only: at least 40
 * messages expecting each of threat, third_party, impersonation, false_consequence, insult and privacy (an `expect`
 * lists every category a message commits), and a lawful half with the hard cases (the lender's own 法务部, accurate
 * 征信 wording, litigation as a possibility, anti-fraud notices, "we will never…", hardship plans, confirmations,
 * reminders, 紧急联系人 service notices, weather and holiday care).
 *
 * The first pass (pack untouched: recall 203/281 = 72.2%, false blocks 16/176 = 9.1%, per class 51–72%) is recorded
 * in tests/fixtures/corpus/README.md ("Round 7 (blind, after tuning, 2026-12-06)"). The pack was then TUNED on this
 * round by meaning class ("Tuning after round 7"), so these figures are no longer a blind estimate, and the round is
 * held to the floors of the earlier rounds: recall ≥ 90%, false blocks ≤ 5%, and an error of its own class for ≥ 90%
 * of the messages of each of the six classes. Besides the rules-only figures it prints the same figures with the
 * model signal counted: a `model/<category>` warning counts as flagged (printed only, never asserted; the model was
 * not retrained, so its round-7 figures stay blind).
 */
const abusive = abusiveJson as CorpusEntry[];
const lawful = lawfulJson as CorpusEntry[];

describeBlindRound({
  label: 'round7',
  noun: 'round-7',
  title: 'the blind round-7 corpus (tests/fixtures/corpus/round7-*.json)',
  abusive,
  lawful,
  minAbusive: 240,
  minLawful: 150,
  minRecall: 0.9,
  maxFalseBlocks: 0.05,
});

describeClassSignals({
  label: 'round7',
  title: 'round 7 per-category recall and the model signal',
  abusive,
  lawful,
  minClassRecall: 0.9,
});
