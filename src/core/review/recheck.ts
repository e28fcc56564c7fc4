import type { Finding, Report } from '../types';
import { findingId, findingKey } from './report-summary';
import type { InputChange, ReportSummary } from './schemas';

/** The two hashes besides the template that an approval is bound to. */
export interface BoundHashes {
  rulesetHash: string;
  samplesHash: string;
}

/** Which bound hashes moved between `approved` and `now`; undefined when neither did. */
export function inputChange(approved: BoundHashes, now: BoundHashes): InputChange | undefined {
  const rules = approved.rulesetHash !== now.rulesetHash;
  const samples = approved.samplesHash !== now.samplesHash;
  return rules && samples ? 'rules_and_samples' : rules ? 'rules' : samples ? 'samples' : undefined;
}

/** How a re-check of approved content under new rules or samples compares with what was approved. */
export interface RecheckDiff {
  verdict: { before: Report['verdict']; after: Report['verdict'] };
  /** findings of the re-check the approval did not have */
  newFindings: Finding[];
  /** template problems (render errors, limits) beyond the approval's count */
  newProblems: number;
  /** same verdict, no new finding and no new problem: the reviewer may confirm it in one step */
  same: boolean;
}

/**
 * Compares the approval's report summary with a re-check of the same content. Findings are compared by
 * `findingKey` (sample-independent) when the summary has keys; an older summary has only `findingId`s, which name
 * the first sample, so a hit that merely moved to a new first sample counts as new (the safe side: a full review).
 */
export function compareRecheck(approved: ReportSummary, recheck: Report): RecheckDiff {
  const keyed = approved.findingKeys !== undefined;
  const known = new Set(keyed ? approved.findingKeys : approved.findingIds);
  const newFindings = recheck.findings.filter((f) => !known.has(keyed ? findingKey(f) : findingId(f)));
  const newProblems = Math.max(0, recheck.problems.length - approved.problemCount);
  const verdict = { before: approved.verdict, after: recheck.verdict };
  const same = verdict.before === verdict.after && newFindings.length === 0 && newProblems === 0;
  return { verdict, newFindings, newProblems, same };
}
