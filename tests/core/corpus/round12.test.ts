import abusiveJson from '../../fixtures/corpus/round12-abusive.json';
import lawfulJson from '../../fixtures/corpus/round12-lawful.json';
import { type CorpusEntry, describeBlindRound } from './measure';
import { describeClassSignals } from './class-signals';

/**
 * Round 12 (blind, 2026-12-06) was written by a sixth author who read nothing of the repository (no rules, code, docs
 * or corpus) nor regulations.md, from collection messages and lender notices found on public pages (about 53 of the
 * violating messages close to a quoted one, 40 more from pages that describe what collectors sent; 62 lawful ones
 * after quoted bank and lender templates), the rest composed from a neutral opening and one or two violating clauses:
 * 293 violating and 170 lawful messages. Measured once on the final pack of the session (commit af1767d) — the FIRST
 * PASS after the round-10 and round-12 tuning, in tests/fixtures/corpus/README.md ("Round 12"). Never tuned on, and
 * held out of the classifier's training; the thresholds are recorded only.
 */
const abusive = abusiveJson as CorpusEntry[];
const lawful = lawfulJson as CorpusEntry[];

describeBlindRound({
  label: 'round12',
  noun: 'round-12',
  title: 'the blind round-12 corpus (tests/fixtures/corpus/round12-*.json)',
  abusive,
  lawful,
  minAbusive: 240,
  minLawful: 150,
  minRecall: 0,
  maxFalseBlocks: 1,
});

describeClassSignals({
  label: 'round12',
  title: 'round 12 per-category recall, the model signal and the plain-text view (recorded only)',
  abusive,
  lawful,
  minClassRecall: 0,
});
