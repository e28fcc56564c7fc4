import type { TemplateMeta } from '../types';
import { contentHash } from './content-hash';
import { inputChange, type BoundHashes } from './recheck';
import type { InputChange, Review, Version } from './schemas';

/**
 * What moved under an approval while its template stayed as approved: `samples`, `rules` or `rules_and_samples`;
 * undefined when `review` is not an approval of `version`, when the draft's source or meta differ from what was
 * approved (the template changed), or when nothing moved.
 */
export async function approvalDrift(
  draft: { source: string; meta: TemplateMeta },
  approved: { review: Review; version: Version },
  now: BoundHashes,
): Promise<InputChange | undefined> {
  const { review, version } = approved;
  if (review.status !== 'approved' || review.versionId !== version.id) return undefined;
  const { rulesetHash, samplesHash } = version;
  const asApproved = await contentHash({ source: draft.source, meta: draft.meta, rulesetHash, samplesHash });
  return asApproved === review.contentHash ? inputChange(version, now) : undefined;
}
