import abusiveJson from '../../fixtures/corpus/round2-abusive.json';
import lawfulJson from '../../fixtures/corpus/round2-lawful.json';
import { type CorpusEntry, describeBlindRound } from './measure';

/**
 * Round 2 was written blind (without reading the rule pack or any earlier corpus) from new angles: long messages with
 * one abusive sentence, formal veiled coercion, third-party and guarantor messages, fake law-firm senders, false
 * credit claims, fake fees, asterisk/homophone evasions, and lawful look-alikes. Tune by meaning, never by pasting.
 */
describeBlindRound({
  label: 'round2',
  noun: 'round-2',
  title: 'the blind round-2 corpus (tests/fixtures/corpus/round2-*.json)',
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
  minAbusive: 100,
  minLawful: 100,
  minRecall: 0.9,
  maxFalseBlocks: 0.05,
});
