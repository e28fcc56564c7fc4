import abusiveJson from '../../fixtures/corpus/round4-abusive.json';
import lawfulJson from '../../fixtures/corpus/round4-lawful.json';
import { type CorpusEntry, describeBlindRound } from './measure';

/**
 * Round 4 was written blind (without reading the rule pack or any earlier corpus), weighted towards the lawful side:
 * how licensed banks, card centres, consumer-finance companies, 助贷 platforms and named agencies actually text —
 * reminders, bills, settlement proofs, credit disputes, anti-fraud notes, true and conditional legal wording, debt
 * transfer notices, English and mixed messages. The abusive half mixes blunt and veiled threats. Tune by meaning,
 * never by pasting.
 */
describeBlindRound({
  label: 'round4',
  noun: 'round-4',
  title: 'the blind round-4 corpus (tests/fixtures/corpus/round4-*.json)',
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
  minAbusive: 60,
  minLawful: 150,
  minRecall: 0.9,
  maxFalseBlocks: 0.05,
});
