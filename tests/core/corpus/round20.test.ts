import abusiveJson from '../../fixtures/corpus/round20-abusive.json';
import lawfulJson from '../../fixtures/corpus/round20-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 20 (blind, 2026-12-06 evening) was written by an author who read nothing of the repository nor regulations.md,
 * every message written whole: late-stage and written-off debts, messages to the borrower and the people around them.
 * Kept out of the repository while the pack was tuned on rounds 15–18 and measured once on the final pack of the
 * session: the FIRST PASS in tests/fixtures/corpus/README.md ("Rounds 19 and 20"). The thresholds are recorded only.
 */
describeSixClassRound({
  round: 20,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
});
