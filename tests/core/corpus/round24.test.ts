import abusiveJson from '../../fixtures/corpus/round24-abusive.json';
import lawfulJson from '../../fixtures/corpus/round24-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 24 (blind, 2026-12-06 night) was written by an author who read nothing of the repository nor regulations.md:
 * a third of the violating messages paraphrased from collection wording quoted on public pages, the rest written like
 * round 23. Measured once on the session's starting pack, once after the tuning on rounds 21–22 and once on the final
 * pack (the FIRST PASS in tests/fixtures/corpus/README.md, "Round 24"); held out of the classifier's training. The
 * thresholds are recorded only.
 */
describeSixClassRound({
  round: 24,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
});
