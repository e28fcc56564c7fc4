import { ok, fail, type Problem, type Result } from '../result';
import type { Report } from '../types';
import { summarizeReport } from './report-summary';
import type { Actor, Justification, ReportSummary, Review, Version } from './schemas';

const isBlocked = (s: ReportSummary): boolean => s.verdict === 'block' || s.counts.error > 0 || s.problemCount > 0;
const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const asSummary = (r: Report | ReportSummary): ReportSummary => ('findings' in r ? summarizeReport(r) : r);

/**
 * Whether `version` can be submitted for review. Problems: `review/blocked` (its report has errors or problems),
 * `review/already-submitted` (the latest review of this version is in review or approved).
 */
export function canSubmit(version: Version, latest?: Review): Result<true> {
  const problems: Problem[] = [];
  if (isBlocked(version.report)) {
    problems.push({ code: 'review/blocked', message: 'the report of this version blocks it: fix the errors first' });
  }
  if (latest && latest.versionId === version.id && latest.status !== 'changes_requested') {
    problems.push({ code: 'review/already-submitted', message: `this version is already ${latest.status}` });
  }
  return problems.length > 0 ? fail(problems) : ok(true);
}

/**
 * Whether `reviewer` may approve `version` given the report of its content (the full report or its summary).
 * Problems: `review/not-reviewer`, `review/anonymous` (no display name), `review/self-approval` (the author cannot approve their own version),
 * `review/blocked`, `review/justification-missing` (one per warning rule without a non-empty text, with `ruleId`),
 * `review/stale` (when `currentHash` is given and differs from the version's hash: ruleset or samples changed).
 * On success returns the trimmed justifications of the warning rules, in rule order.
 */
export function canApprove(
  version: Version,
  report: Report | ReportSummary,
  reviewer: Actor,
  justifications: readonly Justification[],
  currentHash?: string,
): Result<Justification[]> {
  const summary = asSummary(report);
  const problems: Problem[] = [];
  if (reviewer.role !== 'reviewer') {
    problems.push({ code: 'review/not-reviewer', message: 'only a reviewer can approve' });
  }
  if (reviewer.name.trim() === '') {
    problems.push({ code: 'review/anonymous', message: 'set a display name before approving' });
  } else if (sameName(reviewer.name, version.author)) {
    problems.push({ code: 'review/self-approval', message: 'the author of a version cannot approve it' });
  }
  if (isBlocked(summary)) {
    problems.push({ code: 'review/blocked', message: 'a blocked report cannot be approved' });
  }
  if (currentHash !== undefined && currentHash !== version.contentHash) {
    problems.push({ code: 'review/stale', message: 'the rules or samples changed since this version was saved' });
  }
  const given = new Map(justifications.map((j) => [j.ruleId, j.text.trim()]));
  const kept: Justification[] = [];
  for (const ruleId of summary.warningRuleIds) {
    const text = given.get(ruleId) ?? '';
    if (text === '') {
      problems.push({ code: 'review/justification-missing', message: `justify warning ${ruleId}`, ruleId });
    } else {
      kept.push({ ruleId, text });
    }
  }
  return problems.length > 0 ? fail(problems) : ok(kept);
}

/** Whether `reviewer` may request changes: `review/not-reviewer`, `review/note-missing` (a note is required). */
export function canRequestChanges(reviewer: Actor, note: string): Result<true> {
  const problems: Problem[] = [];
  if (reviewer.role !== 'reviewer') {
    problems.push({ code: 'review/not-reviewer', message: 'only a reviewer can request changes' });
  }
  if (note.trim() === '') problems.push({ code: 'review/note-missing', message: 'say what must change' });
  return problems.length > 0 ? fail(problems) : ok(true);
}
