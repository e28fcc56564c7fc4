import abusiveJson from '../../fixtures/corpus/holdout-abusive.json';
import lawfulJson from '../../fixtures/corpus/holdout-lawful.json';
import { type CorpusEntry, describeBlindRound } from './measure';

/**
 * The holdout set was written blind (without reading the rule pack or the tuning corpus). Its figures are the
 * honest estimate of how the pack does on real collection SMS; tune rules by meaning, never by pasting its lines.
 */
describeBlindRound({
  label: 'holdout',
  noun: 'holdout',
  title: 'the blind holdout corpus (tests/fixtures/corpus/holdout-*.json)',
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
  minAbusive: 120,
  minLawful: 100,
  minRecall: 0.9,
  maxFalseBlocks: 0.05,
});
