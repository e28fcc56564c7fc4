import { z } from 'zod';
import { templateDraftSchema } from '../../core/model';
import type { DraftContent } from '../../storage/index';

/** Edits not yet confirmed written when the page went away, with the revision they were based on. */
export interface StashedDraft {
  content: DraftContent;
  revision: number;
  /** what this tab's own write in flight was saving over `revision` when the page went away */
  writing?: DraftContent;
}

export const STASH_KEY = 'dunning-studio.unsaved';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

// NOTE: not strict: a stash written by another build may carry more; what is kept is exactly a draft's content.
const contentSchema = z.object(templateDraftSchema.pick({ id: true, name: true, source: true, meta: true }).shape);
const stashedSchema = z.object({
  content: contentSchema,
  revision: z.number(),
  writing: contentSchema.optional(),
});
const stashed = (v: unknown): StashedDraft[] => {
  const r = stashedSchema.safeParse(v);
  return r.success ? [r.data as StashedDraft] : [];
};

/**
 * Writes pending drafts synchronously (IndexedDB writes started while a page unloads may not finish).
 * Returns false when the storage refused.
 */
export function writeStash(storage: KeyValue | undefined, drafts: readonly StashedDraft[]): boolean {
  try {
    if (drafts.length === 0) storage?.removeItem(STASH_KEY);
    else storage?.setItem(STASH_KEY, JSON.stringify(drafts));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Reads and clears the stash; malformed entries are dropped. */
export function takeStash(storage: KeyValue | undefined): StashedDraft[] {
  try {
    const raw = storage?.getItem(STASH_KEY);
    storage?.removeItem(STASH_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.flatMap(stashed) : [];
  } catch {
    return [];
  }
}
