import abusiveJson from '../../fixtures/corpus/round5-abusive.json';
import lawfulJson from '../../fixtures/corpus/round5-lawful.json';
import { type CorpusEntry, describeBlindRound } from './measure';

/**
 * Round 5 was written blind (without reading the rule pack or any earlier corpus): messages dressed as official
 * notices (【催告函】【执行通知】【逾期处置告知书】), numbered points and line breaks, full-width and per-character
 * spacing, emoji separators, mixed traditional/simplified, homophones and initials (法枉, 坐劳, 拘流, FY, GA, ZX),
 * messages to relatives and employers, personal threats and veiled consequences for relatives' jobs and schools.
 * The lawful half: numbered notices, lawful 催收函 and agency notices with 委托方, contract clauses, service
 * messages. Tune by meaning, never by pasting.
 */
describeBlindRound({
  label: 'round5',
  noun: 'round-5',
  title: 'the blind round-5 corpus (tests/fixtures/corpus/round5-*.json)',
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
  minAbusive: 80,
  minLawful: 80,
  minRecall: 0.9,
  maxFalseBlocks: 0.05,
});
