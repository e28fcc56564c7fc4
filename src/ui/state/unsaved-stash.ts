import type { TemplateMeta } from '../../core/model';
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

const isContent = (content: unknown): content is DraftContent => {
  const c = content as Partial<Record<keyof DraftContent, unknown>> | null | undefined;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.id === 'string' &&
    typeof c.name === 'string' &&
    typeof c.source === 'string' &&
    typeof c.meta === 'object' &&
    c.meta !== null &&
    typeof (c.meta as TemplateMeta).audience === 'string'
  );
};

const isStashed = (v: unknown): v is StashedDraft => {
  if (typeof v !== 'object' || v === null) return false;
  const { content, revision, writing } = v as Partial<Record<keyof StashedDraft, unknown>>;
  return typeof revision === 'number' && isContent(content) && (writing === undefined || isContent(writing));
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
