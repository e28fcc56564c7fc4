import abusiveJson from '../../fixtures/corpus/round13-abusive.json';
import lawfulJson from '../../fixtures/corpus/round13-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 13 (blind, 2026-12-06 afternoon) was written by a seventh author who read nothing of the repository (no
 * rules, code, docs or corpus) nor regulations.md, every message written whole (no composed clauses): 276 violating
 * messages (82 after messages quoted or described on public pages, the rest invented) and 196 lawful ones, 58 % of them
 * hard (credit and litigation statements, 法务部, anti-fraud notices, assurances). Measured once on the pack of the
 * session's start (commit 41be767): the FIRST PASS in tests/fixtures/corpus/README.md ("Round 13"); then
 * TUNED on it (by cause, 2026-12-06 afternoon), so its figures are no longer an
 * estimate: it is held to the tuned floors (recall ≥ 98 %, lawful blocked ≤ 1 %, each class ≥ 95 % by its own rules).
 */
describeSixClassRound({
  round: 13,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
  floors: { recall: 0.98, falseBlocks: 0.01, classRecall: 0.95 },
});
