import abusiveJson from '../../fixtures/corpus/round22-abusive.json';
import lawfulJson from '../../fixtures/corpus/round22-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 22 (blind, 2026-12-06 night) was written by an author who read nothing of the repository nor regulations.md:
 * what collection teams send day to day, plain wording far more than evasions, the violation often one sentence of a
 * proper reminder. Measured once on the session's starting pack (the FIRST PASS in tests/fixtures/corpus/README.md,
 * "Rounds 21 to 23"), then tuned on. The thresholds are recorded only.
 */
describeSixClassRound({
  round: 22,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
});
