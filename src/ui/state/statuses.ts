import {
  approvalStatus,
  contentHash,
  latestReview,
  type ApprovalStatus,
  type TemplateStatus,
  type Review,
  type TemplateMeta,
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

/**
 * The badge of a template that is `changed_since_approval`: `rules_changed_since_approval` when its draft, hashed with
 * the rules and samples hashes of the approved version, is still the approval's content (so only the rules or
 * samples moved) and the ruleset hash differs from the one in use; otherwise the status unchanged.
 */
export async function badgeStatus(
  status: ApprovalStatus,
  draft: { source: string; meta: TemplateMeta },
  approval: { review: Review | undefined; version: Version | undefined },
  rulesetHashNow: string,
): Promise<BadgeStatus> {
  const { review, version } = approval;
  if (status !== 'changed_since_approval' || !review || !version || version.id !== review.versionId) return status;
  if (version.rulesetHash === rulesetHashNow) return status;
  const hashes = { rulesetHash: version.rulesetHash, samplesHash: version.samplesHash };
  const unchanged = (await contentHash({ source: draft.source, meta: draft.meta, ...hashes })) === review.contentHash;
  return unchanged ? 'rules_changed_since_approval' : status;
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
