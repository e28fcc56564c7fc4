import type { Result } from '../core/model';
import { reviewSchema, type Review } from '../core/model';
import type { StoreBackend } from './backend';
import { attempt, parseEntries, validate } from './records';

/** Reviews of one template, one version, or all; oldest first. Corrupt records are skipped and reported. */
export function listReviews(
  b: StoreBackend,
  filter: { templateId?: string; versionId?: string } = {},
): Promise<Result<Review[]>> {
  const query =
    filter.versionId !== undefined
      ? { index: 'byVersion', value: filter.versionId }
      : filter.templateId !== undefined
        ? { index: 'byTemplate', value: filter.templateId }
        : undefined;
  return attempt('read reviews', async () => {
    const r = parseEntries(await b.getAll('reviews', query), reviewSchema, 'reviews');
    if (r.ok) r.value.sort((x, y) => x.decidedAt.localeCompare(y.decidedAt) || x.id.localeCompare(y.id));
    return r;
  });
}

/** Records a review decision (write-once: an existing id fails with `storage/conflict`). */
export function addReview(b: StoreBackend, review: Review): Promise<Result<Review>> {
  const checked = validate(review, reviewSchema, `reviews/${review.id}`);
  if (!checked.ok) return Promise.resolve(checked);
  return attempt(`save reviews/${review.id}`, async () => {
    await b.add('reviews', checked.value);
    return checked;
  });
}
