import type { Review } from './schemas';

export const APPROVAL_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'changes_requested',
  'changed_since_approval',
] as const;
/** A template's badge in the library. Only `approved` may be exported. */
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** The latest of some reviews (by `decidedAt`, then `id`), or undefined. */
export function latestReview(reviews: readonly Review[]): Review | undefined {
  let best: Review | undefined;
  for (const r of reviews) {
    if (!best || r.decidedAt > best.decidedAt || (r.decidedAt === best.decidedAt && r.id > best.id)) best = r;
  }
  return best;
}

/**
 * The status of a template. `currentHash` is contentHash of the draft as it is now, under the current ruleset and
 * samples. `approved` only while it equals the approval's hash; any change makes it `changed_since_approval`.
 * A draft edited while its submitted version is in review stays `in_review` (the version is what is reviewed).
 */
export function approvalStatus(input: { latest?: Review | undefined; currentHash: string }): ApprovalStatus {
  const { latest, currentHash } = input;
  if (!latest) return 'draft';
  if (latest.status !== 'approved') return latest.status;
  return latest.contentHash === currentHash ? 'approved' : 'changed_since_approval';
}
