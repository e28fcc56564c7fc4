import abusiveJson from '../../fixtures/corpus/round17-abusive.json';
import lawfulJson from '../../fixtures/corpus/round17-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 17 (blind, 2026-12-06 evening) was written by an author who read nothing of the repository nor regulations.md,
 * every message written whole, after messages quoted in complaint posts and news: threats and third-party disclosures
 * in their indirect wordings. Measured once on the session's starting pack (the FIRST PASS in
 * tests/fixtures/corpus/README.md, "Rounds 17 and 18"), then tuned on. The thresholds are recorded only.
 */
describeSixClassRound({
  round: 17,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
});
