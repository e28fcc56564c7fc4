import { ok, fail, type Problem, type Result } from '../result';
import type { Report } from '../types';
import { summarizeReport } from './report-summary';
import { compareRecheck, inputChange, type BoundHashes } from './recheck';
import type { Actor, InputChange, Justification, ReportSummary, Review, Version } from './schemas';

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
  const problems: Problem[] = actorProblems(reviewer, version);
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

/** What renewing an approval after the rules or samples changed needs. */
export interface ReconfirmInput {
  /** the approved version (its source and meta are what the re-check checked) */
  version: Version;
  /** the template's latest review: an approval of `version` */
  approval: Review;
  /** the report of the version's content under `now` */
  recheck: Report;
  reviewer: Actor;
  now: BoundHashes;
}

/**
 * Whether `reviewer` may renew an approval in one step after the rules or samples changed. Problems:
 * `review/not-reviewer`, `review/anonymous`, `review/self-approval`, `review/not-approved` (the approval is not an
 * approval of this version), `review/unchanged` (neither hash moved: nothing to confirm), `review/blocked`,
 * `review/recheck-differs` (the verdict changed, a finding is new — one problem each, with `ruleId` — or a template
 * problem is new: a full review is needed). On success: what changed, and the approval's justifications of the
 * warning rules the re-check still has.
 */
export function canReconfirm(
  input: ReconfirmInput,
): Result<{ changed: InputChange; justifications: Justification[]; summary: ReportSummary }> {
  const { version, approval, recheck, reviewer, now } = input;
  const summary = summarizeReport(recheck);
  const problems: Problem[] = actorProblems(reviewer, version);
  if (approval.status !== 'approved' || approval.versionId !== version.id) {
    problems.push({ code: 'review/not-approved', message: `${version.id} is not the approved version` });
  }
  const changed = inputChange(version, now);
  if (!changed) problems.push({ code: 'review/unchanged', message: 'neither the rules nor the samples changed' });
  if (isBlocked(summary)) problems.push({ code: 'review/blocked', message: 'a blocked report cannot be approved' });
  const diff = compareRecheck(approval.reportSummary, recheck);
  if (diff.verdict.before !== diff.verdict.after) {
    const { before, after } = diff.verdict;
    problems.push({ code: 'review/recheck-differs', message: `the verdict changed: ${before} → ${after}` });
  }
  for (const f of diff.newFindings) {
    problems.push({ code: 'review/recheck-differs', message: `new finding of ${f.ruleId}`, ruleId: f.ruleId });
  }
  if (diff.newProblems > 0) {
    problems.push({ code: 'review/recheck-differs', message: `${diff.newProblems} new template problems` });
  }
  if (problems.length > 0 || !changed) return fail(problems);
  const still = new Set(summary.warningRuleIds);
  const justifications = approval.justifications.filter((j) => still.has(j.ruleId));
  return ok({ changed, justifications, summary });
}

function actorProblems(reviewer: Actor, version: Version): Problem[] {
  const problems: Problem[] = [];
  if (reviewer.role !== 'reviewer') {
    problems.push({ code: 'review/not-reviewer', message: 'only a reviewer can approve' });
  }
  if (reviewer.name.trim() === '') {
    problems.push({ code: 'review/anonymous', message: 'set a display name before approving' });
  } else if (sameName(reviewer.name, version.author)) {
    problems.push({ code: 'review/self-approval', message: 'the author of a version cannot approve it' });
  }
  return problems;
}
