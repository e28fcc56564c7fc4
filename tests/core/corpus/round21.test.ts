import abusiveJson from '../../fixtures/corpus/round21-abusive.json';
import lawfulJson from '../../fixtures/corpus/round21-lawful.json';
import { describeBlindRound, type CorpusEntry } from './measure';

/**
 * Round 21 (2026-12-06 night) is not invented: messages as public pages quote them (advice pages quoting what readers
 * received, news, lenders' published templates), personal data replaced by synthetic data, the page in each `note`.
 * Too few per class for the per-class tables; measured once on the session's starting pack (the FIRST PASS in
 * tests/fixtures/corpus/README.md, "Rounds 21 to 23"), then tuned on. The thresholds are recorded only.
 */
describeBlindRound({
  label: 'round21',
  noun: 'round-21',
  title: 'the quoted round-21 corpus (tests/fixtures/corpus/round21-*.json)',
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
  minAbusive: 80,
  minLawful: 80,
  minRecall: 0,
  maxFalseBlocks: 1,
});
