import { latestReview, type ApprovalStatus } from '../../core/model';
import { contentHash } from '../../core/model';
import type { Review, TemplateDraft, Version } from '../../core/model';

/**
 * Why a template cannot be exported: `not-approved` (its latest review is not an approval), `version-missing`
 * (the approved version cannot be read), `version-mismatch` (the stored version is not the content the approval
 * covers), `ruleset-changed` / `samples-changed` (approved under other rules or samples), `changed-since-approval`
 * (the draft differs from the approved version).
 */
export const EXPORT_BLOCKS = [
  'not-approved',
  'version-missing',
  'version-mismatch',
  'ruleset-changed',
  'samples-changed',
  'changed-since-approval',
] as const;
export type ExportBlock = (typeof EXPORT_BLOCKS)[number];

/** One template of the export list: exportable (`version` + `review` set, no `blocked`) or blocked with a reason. */
export interface ExportCandidate {
  templateId: string;
  name: string;
  /** the library badge: `approved` only when exportable */
  status: ApprovalStatus;
  blocked?: ExportBlock;
  /** the approved version (the bundle is built from it, not from the draft) */
  version?: Version;
  /** the approval */
  review?: Review;
}

export interface CandidateInput {
  drafts: readonly Pick<TemplateDraft, 'id' | 'name' | 'source' | 'meta'>[];
  versions: readonly Version[];
  reviews: readonly Review[];
  /** the ruleset and samples hashes checks run against now */
  rulesetHash: string;
  samplesHash: string;
}

const blocked = (
  d: { id: string; name: string },
  status: ApprovalStatus,
  reason: ExportBlock,
  extra: Partial<ExportCandidate> = {},
): ExportCandidate => ({
  templateId: d.id,
  name: d.name,
  status,
  blocked: reason,
  ...extra,
});

/** Every draft with whether it can be exported now, and why not; in the drafts' order. */
export async function exportCandidates(input: CandidateInput): Promise<ExportCandidate[]> {
  return Promise.all(input.drafts.map((d) => candidate(d, input)));
}

async function candidate(draft: CandidateInput['drafts'][number], input: CandidateInput): Promise<ExportCandidate> {
  const review = latestReview(input.reviews.filter((r) => r.templateId === draft.id));
  if (!review || review.status !== 'approved') return blocked(draft, review?.status ?? 'draft', 'not-approved');
  const version = input.versions.find((v) => v.id === review.versionId && v.templateId === draft.id);
  if (!version) return blocked(draft, 'approved', 'version-missing', { review });
  const hashOf = (c: { source: string; meta: unknown }, rulesetHash: string, samplesHash: string) =>
    contentHash({ source: c.source, meta: c.meta, rulesetHash, samplesHash });
  const versionHash = await hashOf(version, version.rulesetHash, version.samplesHash);
  if (versionHash !== review.contentHash || version.contentHash !== review.contentHash) {
    return blocked(draft, 'approved', 'version-mismatch', { review, version });
  }
  const changed = { review, version };
  if (version.rulesetHash !== input.rulesetHash)
    return blocked(draft, 'changed_since_approval', 'ruleset-changed', changed);
  if (version.samplesHash !== input.samplesHash)
    return blocked(draft, 'changed_since_approval', 'samples-changed', changed);
  if ((await hashOf(draft, input.rulesetHash, input.samplesHash)) !== review.contentHash) {
    return blocked(draft, 'changed_since_approval', 'changed-since-approval', changed);
  }
  return { templateId: draft.id, name: draft.name, status: 'approved', version, review };
}
