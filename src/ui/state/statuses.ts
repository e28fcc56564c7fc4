import {
  approvalStatus,
  latestReview,
  type ApprovalStatus,
  type TemplateStatus,
  type Review,
  type Version,
} from '../../core/model';

/**
 * A template's badge: its approval status or, when its text and meta are exactly what was approved and only the
 * rules or samples moved, what moved and whether a re-check gave the same result (see core `templateStatus`).
 */
export type BadgeStatus = TemplateStatus;

/** The approval badge of every template, given the reviews and the content hash of each template's draft now. */
export function templateStatuses(
  reviews: readonly Review[],
  currentHashes: Readonly<Record<string, string>>,
): Record<string, ApprovalStatus> {
  const byTemplate = new Map<string, Review[]>();
  for (const r of reviews) byTemplate.set(r.templateId, [...(byTemplate.get(r.templateId) ?? []), r]);
  const out: Record<string, ApprovalStatus> = {};
  for (const [id, hash] of Object.entries(currentHashes)) {
    out[id] = approvalStatus({ latest: latestReview(byTemplate.get(id) ?? []), currentHash: hash });
  }
  return out;
}

/** Where one version stands: its latest review, if any (a version not yet submitted has none). */
export function versionReview(reviews: readonly Review[], versionId: string): Review | undefined {
  return latestReview(reviews.filter((r) => r.versionId === versionId));
}

/** The latest review of a template (what decides whether a new submission is allowed). */
export function templateReview(reviews: readonly Review[], templateId: string): Review | undefined {
  return latestReview(reviews.filter((r) => r.templateId === templateId));
}

/**
 * The newest approved version of the same template older than `version` (the report diffs against it);
 * undefined when there is none.
 */
export function lastApprovedBefore(
  version: Version,
  versions: readonly Version[],
  reviews: readonly Review[],
): Version | undefined {
  const approved = new Set(reviews.filter((r) => r.status === 'approved').map((r) => r.versionId));
  return versions
    .filter((v) => v.templateId === version.templateId && v.number < version.number && approved.has(v.id))
    .reduce<Version | undefined>((best, v) => (!best || v.number > best.number ? v : best), undefined);
}
