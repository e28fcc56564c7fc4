import { fail, ok, type Problem, type Result } from '../core/model';
import { latestReview } from '../core/model';
import { contentHash } from '../core/model';
import { canApprove, canRequestChanges, canSubmit } from '../core/model';
import { summarizeReport } from '../core/model';
import type { Actor, AuditAction, Justification, ReportSummary, Review, ReviewStatus, Version } from '../core/model';
import type { Report } from '../core/model';
import type { StoreBackend } from './backend';
import { appendAudit } from './audit-store';
import type { StorageChange } from './change-notifier';
import { addReview, listReviews } from './reviews-store';
import { getVersion } from './versions-store';

/** What the review actions need from the workspace. */
export interface ActionContext {
  backend: StoreBackend;
  now(): string;
  newId(prefix: string): string;
  notify(change: StorageChange): void;
}

/** A version whose stored content still gives its contentHash, and its template's latest review. */
export async function load(
  ctx: ActionContext,
  versionId: string,
): Promise<Result<{ version: Version; latest?: Review }>> {
  const v = await getVersion(ctx.backend, versionId);
  if (!v.ok) return fail(v.problems);
  if (!v.value) return fail([{ code: 'storage/not-found', message: `versions/${versionId} does not exist` }]);
  // the stored hash alone proves nothing: a record edited in the database keeps its old contentHash
  const { source, meta, rulesetHash, samplesHash } = v.value;
  if ((await contentHash({ source, meta, rulesetHash, samplesHash })) !== v.value.contentHash) {
    return fail([
      {
        code: 'storage/corrupt',
        message: `versions/${versionId}: its content is not what its contentHash covers`,
        file: `versions/${versionId}`,
        path: ['contentHash'],
      },
    ]);
  }
  const reviews = await listReviews(ctx.backend, { templateId: v.value.templateId });
  if (!reviews.ok) return fail(reviews.problems);
  const latest = latestReview(reviews.value);
  return ok(latest ? { version: v.value, latest } : { version: v.value }, reviews.problems);
}

const notSubmitted = (version: Version, latest?: Review): Problem[] =>
  latest?.versionId === version.id && latest.status === 'in_review'
    ? []
    : [{ code: 'review/not-submitted', message: `${version.id} is not the version in review` }];

async function record(
  ctx: ActionContext,
  version: Version,
  fields: {
    status: ReviewStatus;
    reviewer: string;
    note: string;
    justifications: Justification[];
    reportSummary: ReportSummary;
  },
  action: AuditAction,
): Promise<Result<Review>> {
  const review: Review = {
    id: ctx.newId('review'),
    versionId: version.id,
    templateId: version.templateId,
    decidedAt: ctx.now(),
    contentHash: version.contentHash,
    ...fields,
  };
  const saved = await addReview(ctx.backend, review);
  if (!saved.ok) return saved;
  const entry = {
    at: review.decidedAt,
    actor: fields.reviewer,
    action,
    templateId: version.templateId,
    versionId: version.id,
  };
  const audited = await appendAudit(ctx.backend, fields.note ? { ...entry, detail: fields.note } : entry);
  ctx.notify({ kind: 'review', id: review.id });
  return ok(review, audited.problems);
}

/** Submits a version for review (see canSubmit); records an `in_review` review and a `submitted` audit entry. */
export async function submitVersion(
  ctx: ActionContext,
  versionId: string,
  actor: Actor,
  note = '',
): Promise<Result<Review>> {
  const loaded = await load(ctx, versionId);
  if (!loaded.ok) return fail(loaded.problems);
  const { version, latest } = loaded.value;
  const allowed = canSubmit(version, latest);
  if (!allowed.ok) return fail(allowed.problems);
  const fields = {
    status: 'in_review' as const,
    reviewer: actor.name,
    note,
    justifications: [],
    reportSummary: version.report,
  };
  return record(ctx, version, fields, 'submitted');
}

export interface ApproveInput {
  versionId: string;
  reviewer: Actor;
  /** the report of the version's content under the current rules and samples */
  report: Report | ReportSummary;
  justifications: readonly Justification[];
  note: string;
  /** contentHash of the version's source/meta under the current ruleset and samples hashes */
  currentHash?: string;
}

/** Approves the version in review (see canApprove, plus `review/not-submitted`); binds the version's hash. */
export async function approveVersion(ctx: ActionContext, input: ApproveInput): Promise<Result<Review>> {
  const loaded = await load(ctx, input.versionId);
  if (!loaded.ok) return fail(loaded.problems);
  const { version, latest } = loaded.value;
  const allowed = canApprove(version, input.report, input.reviewer, input.justifications, input.currentHash);
  const problems = [...notSubmitted(version, latest), ...(allowed.ok ? [] : allowed.problems)];
  if (!allowed.ok || problems.length > 0) return fail(problems);
  const reportSummary = 'findings' in input.report ? summarizeReport(input.report) : input.report;
  const fields = {
    status: 'approved' as const,
    reviewer: input.reviewer.name,
    note: input.note,
    justifications: allowed.value,
    reportSummary,
  };
  return record(ctx, version, fields, 'approved');
}

/** Sends the version in review back with a note (see canRequestChanges, plus `review/not-submitted`). */
export async function requestChanges(
  ctx: ActionContext,
  input: { versionId: string; reviewer: Actor; note: string },
): Promise<Result<Review>> {
  const loaded = await load(ctx, input.versionId);
  if (!loaded.ok) return fail(loaded.problems);
  const { version, latest } = loaded.value;
  const allowed = canRequestChanges(input.reviewer, input.note);
  const problems = [...notSubmitted(version, latest), ...(allowed.ok ? [] : allowed.problems)];
  if (problems.length > 0) return fail(problems);
  const fields = {
    status: 'changes_requested' as const,
    reviewer: input.reviewer.name,
    note: input.note.trim(),
    justifications: [],
    reportSummary: version.report,
  };
  return record(ctx, version, fields, 'changes_requested');
}
