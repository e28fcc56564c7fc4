import abusiveJson from '../../fixtures/corpus/round23-abusive.json';
import lawfulJson from '../../fixtures/corpus/round23-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 23 (blind, 2026-12-06 night) was written by an author who read nothing of the repository nor regulations.md,
 * like round 22 with more senders and more ordinary reminders. Measured at the session's start (counts only) and once
 * on the pack after the tuning on rounds 21–22 (the FIRST PASS in tests/fixtures/corpus/README.md, "Rounds 21 to 23");
 * held out of the classifier's training. The thresholds are recorded only.
 */
describeSixClassRound({
  round: 23,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
});
