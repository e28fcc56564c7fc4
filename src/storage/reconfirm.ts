import { canReconfirm, contentHash, fail, ok, type Result } from '../core/model';
import type { Actor, Report, Review, Version } from '../core/model';
import { appendAudit } from './audit-store';
import { load, type ActionContext } from './review-actions';
import { addReview } from './reviews-store';
import { addVersion, listVersions, versionIdOf } from './versions-store';

export interface ReconfirmInput {
  /** the approved version whose approval is renewed */
  versionId: string;
  reviewer: Actor;
  /** the report of the version's source and meta under the current rules and samples */
  recheck: Report;
  rulesetHash: string;
  samplesHash: string;
  /** the message of the version the renewal records (the UI words it in its language) */
  message: string;
  note?: string;
}

export interface Reconfirmed {
  version: Version;
  review: Review;
}

/**
 * Renews an approval after the rules or samples changed, in one step (see canReconfirm): keeps the approved
 * source and meta as the next version bound to the new ruleset and samples hashes with the re-check's summary
 * (authored by the approved version's author: the text is theirs), an `approved` review of it by the reviewer with
 * the justifications still needed, and one `approval_reconfirmed` audit entry naming what changed.
 */
export async function reconfirmApproval(ctx: ActionContext, input: ReconfirmInput): Promise<Result<Reconfirmed>> {
  const loaded = await load(ctx, input.versionId);
  if (!loaded.ok) return fail(loaded.problems);
  const { version: approved, latest: approval } = loaded.value;
  if (!approval) return fail([{ code: 'review/not-approved', message: `${approved.id} is not approved` }]);
  const now = { rulesetHash: input.rulesetHash, samplesHash: input.samplesHash };
  const allowed = canReconfirm({ version: approved, approval, recheck: input.recheck, reviewer: input.reviewer, now });
  if (!allowed.ok) return fail(allowed.problems);
  const { changed, justifications, summary } = allowed.value;
  const { source, meta, name, templateId, author } = approved;
  const hash = await contentHash({ source, meta, ...now });
  const existing = await listVersions(ctx.backend, templateId);
  if (!existing.ok) return fail(existing.problems);
  const number = Math.max(0, ...existing.value.map((v) => v.number)) + 1;
  const at = ctx.now();
  const version: Version = {
    id: versionIdOf(templateId, number),
    templateId,
    number,
    name,
    source,
    meta,
    message: input.message,
    author,
    createdAt: at,
    ...now,
    contentHash: hash,
    report: summary,
  };
  const savedVersion = await addVersion(ctx.backend, version);
  if (!savedVersion.ok) return fail(savedVersion.problems);
  const review: Review = {
    id: ctx.newId('review'),
    versionId: version.id,
    templateId,
    status: 'approved',
    reviewer: input.reviewer.name,
    decidedAt: at,
    note: input.note?.trim() ?? '',
    justifications,
    contentHash: hash,
    reportSummary: summary,
  };
  const savedReview = await addReview(ctx.backend, review);
  if (!savedReview.ok) return fail(savedReview.problems);
  const audited = await appendAudit(ctx.backend, {
    at,
    actor: input.reviewer.name,
    action: 'approval_reconfirmed',
    templateId,
    versionId: version.id,
    detail: `${changed.replaceAll('_', ' ')} changed since the approval of ${approved.id}; re-check: same verdict (${summary.verdict}), no new findings`,
    recheck: { changed, fromVersionId: approved.id, verdict: summary.verdict, ...now },
  });
  ctx.notify({ kind: 'version', id: version.id });
  ctx.notify({ kind: 'review', id: review.id });
  return ok({ version, review }, audited.problems);
}
