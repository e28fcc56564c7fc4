import abusiveJson from '../../fixtures/corpus/round3-abusive.json';
import lawfulJson from '../../fixtures/corpus/round3-lawful.json';
import { type CorpusEntry, describeBlindRound } from './measure';

/**
 * Round 3 was written blind (without reading the rule pack or any earlier corpus) after complaint-post styles of real
 * collection SMS: blunt one-liners, fake 案件编号/承办人 and 预立案/执行/备案 headers, 户籍地派出所, 上报监管, 冻结微信支付宝,
 * village loudspeakers, 爆通讯录, letters to employers, dialect, short links, fake repayment accounts, night calls;
 * the lawful half uses bank, consumer-finance, microcredit and agency styles with alarming but lawful words.
 * Tune by meaning, never by pasting.
 */
describeBlindRound({
  label: 'round3',
  noun: 'round-3',
  title: 'the blind round-3 corpus (tests/fixtures/corpus/round3-*.json)',
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
  minAbusive: 100,
  minLawful: 100,
  minRecall: 0.9,
  maxFalseBlocks: 0.05,
});
