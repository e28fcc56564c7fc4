import abusiveJson from '../../fixtures/corpus/round19-abusive.json';
import lawfulJson from '../../fixtures/corpus/round19-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 19 (blind, 2026-12-06 evening) was written by an author who read nothing of the repository nor regulations.md,
 * every message written whole: the senders of an ordinary week, many one-line messages, polite-sounding unlawful ones.
 * Kept out of the repository while the pack was tuned on rounds 15–18 and measured once on the final pack of the
 * session: the FIRST PASS in tests/fixtures/corpus/README.md ("Rounds 19 and 20"). The thresholds are recorded only.
 */
describeSixClassRound({
  round: 19,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
});
