import type { TemplateDraft } from '../../core/model';
import type { DraftContent } from '../../storage/index';
import { fromDraft, sameContent, toDraftContent } from './drafts';
import type { SaveState } from './save-state';
import { takeStash, writeStash } from './unsaved-stash';
import type { WorkspaceTemplate } from './workspace.svelte';

/** What the stash reads of the persistence state when the page goes away. */
export interface StashSource {
  status: Readonly<Record<string, SaveState>>;
  byId(id: string): WorkspaceTemplate | undefined;
  /** the template in conflict, whose base revision is unknown (stashed as -1 so the reload shows the conflict again) */
  conflictId: string | undefined;
  revision(id: string): number;
  /** the content of this tab's own write of a template still in flight */
  writing?(id: string): DraftContent | undefined;
}

/** Where restored edits go: put back on screen, then saved (`edited`) or shown as a conflict. */
export interface StashTarget {
  replace(template: WorkspaceTemplate): void;
  conflict(id: string, mine: DraftContent, theirs: TemplateDraft): void;
  edited(id: string): void;
  /** an example's content as the first visit seeds it (the base of edits stashed with revision 0) */
  seeded?(id: string): DraftContent | undefined;
}

const UNCONFIRMED: readonly SaveState[] = ['pending', 'saving', 'conflict'];

/** Keeps edits not yet confirmed written in this tab’s sessionStorage (synchronous) for the reload to restore. */
export function stashUnsaved(source: StashSource, storage: Storage | undefined = globalThis.sessionStorage): void {
  const pending = Object.entries(source.status).filter(([, s]) => UNCONFIRMED.includes(s));
  const drafts = pending.flatMap(([id]) => {
    const t = source.byId(id);
    if (!t) return [];
    const revision = source.conflictId === id ? -1 : source.revision(id);
    const writing = source.writing?.(id);
    return [{ content: toDraftContent(t), revision, ...(writing ? { writing } : {}) }];
  });
  writeStash(storage, drafts);
}

/** Puts stashed edits back (and saves them); one whose base revision was overtaken becomes a conflict. */
export function restoreUnsaved(
  stored: readonly TemplateDraft[],
  examples: ReadonlySet<string>,
  target: StashTarget,
  storage: Storage | undefined = globalThis.sessionStorage,
): void {
  for (const { content, revision, writing } of takeStash(storage)) {
    const current = stored.find((d) => d.id === content.id);
    if (current && sameContent(current, content)) continue;
    target.replace(fromDraft({ ...content, revision, updatedAt: new Date().toISOString() }, examples));
    const own = current && (isOwnSeed(current, revision, target) || isOwnWrite(current, revision, writing));
    if (current && current.revision !== revision && !own) {
      target.conflict(content.id, content, current);
    } else target.edited(content.id);
  }
}

/**
 * The page may go away after the first visit's seed of an example was written but before this tab learnt its
 * revision: the edits were stashed on revision 0 and the store holds revision 1 with the example's own content —
 * exactly their base, so no other tab was involved.
 */
function isOwnSeed(current: TemplateDraft, stashedRevision: number, target: StashTarget): boolean {
  const seeded = target.seeded?.(current.id);
  return stashedRevision === 0 && current.revision === 1 && seeded !== undefined && sameContent(current, seeded);
}

/** The page may go away while this tab's own autosave is in flight: that write, committed, is the edits' base. */
function isOwnWrite(current: TemplateDraft, stashedRevision: number, writing: DraftContent | undefined): boolean {
  return writing !== undefined && current.revision === stashedRevision + 1 && sameContent(current, writing);
}
