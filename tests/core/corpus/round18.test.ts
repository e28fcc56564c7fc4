import abusiveJson from '../../fixtures/corpus/round18-abusive.json';
import lawfulJson from '../../fixtures/corpus/round18-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 18 (blind, 2026-12-06 evening) was written by an author who read nothing of the repository nor regulations.md,
 * every message written whole, across senders (platforms, agencies, "legal service" firms, personal numbers, emergency contacts) and
 * stages, with hard lawful text in the lenders' formal style (66 %). Measured once on the session's starting pack (the FIRST PASS in
 * tests/fixtures/corpus/README.md, "Rounds 17 and 18"), then tuned on. The thresholds are recorded only.
 */
describeSixClassRound({
  round: 18,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
});
