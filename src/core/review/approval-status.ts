import type { RecheckDiff } from './recheck';
import { INPUT_CHANGES, type InputChange } from './input-changes';
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

/**
 * A template whose approved source and meta are unchanged while the rules or samples moved:
 * `<what>_changed_same_result` once a re-check came back the same (the reviewer may confirm it in one step),
 * `<what>_changed_since_approval` while it is pending or when it differs (a full review).
 */
export type DriftStatus = `${InputChange}_changed_since_approval` | `${InputChange}_changed_same_result`;
/** A template's badge in the library. */
export type TemplateStatus = ApprovalStatus | DriftStatus;

export const TEMPLATE_STATUSES: readonly TemplateStatus[] = [
  ...APPROVAL_STATUSES,
  ...INPUT_CHANGES.flatMap((c) => [`${c}_changed_since_approval`, `${c}_changed_same_result`] as const),
];

/** What is known of an approval whose template is unchanged: what moved, and the re-check once it answered. */
export interface Drift {
  changed: InputChange;
  recheck?: Pick<RecheckDiff, 'same'>;
}

/**
 * The badge of a template: `status` (from approvalStatus), refined when it is `changed_since_approval` and `drift`
 * says the template itself is what was approved. `changed_since_approval` then means the template changed.
 */
export function templateStatus(status: ApprovalStatus, drift?: Drift): TemplateStatus {
  if (status !== 'changed_since_approval' || !drift) return status;
  return drift.recheck?.same ? `${drift.changed}_changed_same_result` : `${drift.changed}_changed_since_approval`;
}
