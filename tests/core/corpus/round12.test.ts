import abusiveJson from '../../fixtures/corpus/round12-abusive.json';
import lawfulJson from '../../fixtures/corpus/round12-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 12 (blind, 2026-12-06) was written by a sixth author who read nothing of the repository (no rules, code, docs
 * or corpus) nor regulations.md, from collection messages and lender notices found on public pages (about 53 of the
 * violating messages close to a quoted one, 40 more from pages that describe what collectors sent; 62 lawful ones
 * after quoted bank and lender templates), the rest composed from a neutral opening and one or two violating clauses:
 * 293 violating and 170 lawful messages. Measured once on the final pack of the session (commit af1767d) — the FIRST
 * PASS after the round-10 and round-12 tuning, in tests/fixtures/corpus/README.md ("Round 12").
 * The pack was TUNED on this round afterwards (by cause, 2026-12-06 afternoon), so its figures are no longer an
 * estimate: it is held to the tuned floors (recall ≥ 98 %, lawful blocked ≤ 1 %, each class ≥ 95 % by its own rules).
 */
describeSixClassRound({
  round: 12,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
  floors: { recall: 0.98, falseBlocks: 0.01, classRecall: 0.95 },
});
