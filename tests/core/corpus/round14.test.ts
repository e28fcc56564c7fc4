import abusiveJson from '../../fixtures/corpus/round14-abusive.json';
import lawfulJson from '../../fixtures/corpus/round14-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 14 (blind, 2026-12-06 afternoon) was written by an eighth author who read nothing of the repository (no
 * rules, code, docs or corpus) nor regulations.md, every message written whole in the voices real senders use (agency
 * templates, collectors' WeChat messages, messages to relatives and employers, fake legal senders): 300 violating and
 * 208 lawful messages, 66 % of the lawful ones hard (accurate credit and litigation statements, 法务部, anti-fraud
 * notices naming scammers' words, assurances, agencies naming the platform). Measured once on the pack of the
 * session's start (commit 41be767): the FIRST PASS in tests/fixtures/corpus/README.md ("Round 14"); then
 * TUNED on it (by cause, 2026-12-06 afternoon), so its figures are no longer an
 * estimate: it is held to the tuned floors (recall ≥ 98 %, lawful blocked ≤ 1 %, each class ≥ 95 % by its own rules).
 */
describeSixClassRound({
  round: 14,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
  floors: { recall: 0.98, falseBlocks: 0.01, classRecall: 0.95 },
});
