import abusiveJson from '../../fixtures/corpus/round15-abusive.json';
import lawfulJson from '../../fixtures/corpus/round15-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 15 (blind, 2026-12-06 afternoon) was written by an author who read nothing of the repository (no rules, code,
 * docs or corpus) nor regulations.md, every message written whole. Kept out of the repository while the pack was tuned
 * on rounds 12–14 and held out of the classifier's training; measured once on the final pack of the session: the FIRST
 * PASS in tests/fixtures/corpus/README.md ("Rounds 15 and 16"). The thresholds are recorded only.
 */
describeSixClassRound({
  round: 15,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
});
