import type { TemplateMeta } from '../../core/model';
import type { DraftContent } from '../../storage/index';

/** Edits not yet confirmed written when the page went away, with the revision they were based on. */
export interface StashedDraft {
  content: DraftContent;
  revision: number;
}

export const STASH_KEY = 'dunning-studio.unsaved';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isStashed = (v: unknown): v is StashedDraft => {
  if (typeof v !== 'object' || v === null) return false;
  const { content, revision } = v as { content?: Partial<Record<keyof DraftContent, unknown>>; revision?: unknown };
  return (
    typeof revision === 'number' &&
    typeof content === 'object' &&
    content !== null &&
    typeof content.id === 'string' &&
    typeof content.name === 'string' &&
    typeof content.source === 'string' &&
    typeof content.meta === 'object' &&
    content.meta !== null &&
    typeof (content.meta as TemplateMeta).audience === 'string'
  );
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
    return Array.isArray(parsed) ? parsed.filter(isStashed) : [];
  } catch {
    return [];
  }
}
