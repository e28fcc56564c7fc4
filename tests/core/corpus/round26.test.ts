import abusiveJson from '../../fixtures/corpus/round26-abusive.json';
import lawfulJson from '../../fixtures/corpus/round26-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 26 (blind, 2026-12-06 late evening) was written by an author who read nothing of the repository nor
 * regulations.md (brief and first pass: tests/fixtures/corpus/README.md, "Rounds 25 to 28"). The thresholds are recorded
 * only.
 */
describeSixClassRound({
  round: 26,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
});
