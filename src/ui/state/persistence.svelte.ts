import type { Problem, TemplateDraft } from '../../core/model';
import type { DraftContent, Workspace as Store } from '../../storage/index';
import { isConflict } from '../../storage/errors';
import type { TemplateInfo } from '../../worker/protocol';
import { fromDraft, plainMeta, sameContent, toDraftContent } from './drafts';
import { afterWrite, type SaveState } from './save-state';
import { readSelected, writeSelected } from './selected-memory';
import { restoreUnsaved, stashUnsaved } from './unload-stash';
import { noStoredTemplates, readStoredTemplates } from './stored-templates';
import type { Workspace, WorkspaceChange } from './workspace.svelte';

/** Autosave delay after the last keystroke (the issue asks for ≤ 1 s). */
export const AUTOSAVE_MS = 400;

/**
 * The stored templates read without the store's code: none on a first visit (IndexedDB asked directly), else as a
 * worker read and validated them; undefined when neither could tell.
 */
async function readEarly(): Promise<{ drafts: TemplateDraft[]; problems: readonly Problem[] } | undefined> {
  // NOTE: the worker starts at once, while IndexedDB is asked whether there is anything to read at all.
  const read = readStoredTemplates();
  if (await noStoredTemplates()) {
    read.cancel();
    return { drafts: [], problems: [] };
  }
  const answer = await read.answer;
  return answer?.ok ? { drafts: answer.value, problems: answer.problems ?? [] } : undefined;
}

/** An example as a draft not yet in the store (revision 0: its first write creates it). */
const unsavedExample = (e: TemplateInfo): TemplateDraft => ({
  id: e.id,
  name: e.name,
  source: e.source,
  meta: e.meta,
  revision: 0,
  updatedAt: new Date().toISOString(),
});

/** Two versions of one draft: the writer's (unsaved) and the one another tab saved. */
export interface Conflict {
  id: string;
  mine: DraftContent;
  theirs: TemplateDraft;
}

/**
 * Keeps the editor's workspace in IndexedDB: loads it at start (first run: the example templates), autosaves each
 * template after AUTOSAVE_MS with its revision, and turns another tab's earlier save into a visible conflict.
 * `status` never says `saved` unless the write of the text on screen succeeded.
 */
export class Persistence {
  store = $state.raw<Store | undefined>(undefined);
  persistent = $state(false);
  /** storage problems to show in the banner (unavailable, blocked, quota, failed, corrupt) */
  problems = $state.raw<Problem[]>([]);
  disconnected = $state(false);
  status = $state.raw<Record<string, SaveState>>({});
  conflict = $state.raw<Conflict | undefined>(undefined);
  /** bumps on every review/version change (here or in another tab) so views reload */
  changes = $state(0);
  /** true when this start found an empty workspace and preloaded the examples */
  firstRun = false;
  private readonly revisions = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly writing = new Map<string, Promise<void>>();
  /** the content each write in flight is saving (a reload's stash must know its own tab's last write) */
  private readonly inFlight = new Map<string, DraftContent>();
  private examples = new Set<string>();
  /** the store once `start` has opened it (undefined when it could not): writes wait for it */
  private openedStore: (store: Store | undefined) => void = () => undefined;
  private readonly opened = new Promise<Store | undefined>((resolve) => (this.openedStore = resolve));

  constructor(private readonly workspace: Workspace) {}

  /**
   * Opens the store and fills the editor's workspace, then starts autosaving. On a first run (an empty store) the
   * examples are shown at once and written in the background, each write ahead of any edit of the same template.
   * With `afterStart`, the page loads the store's code (and zod, which validates what it reads and writes) only once
   * that resolves (once the editor is shown): a first visit shows the examples, a later one the templates a worker
   * of their own read and validated (`readStoredTemplates`); without workers the store opens at once, as without
   * `afterStart`.
   */
  async start(
    examples: readonly TemplateInfo[],
    actor: () => string,
    options: { afterStart?: Promise<unknown> } = {},
  ): Promise<void> {
    this.examples = new Set(examples.map((e) => e.id));
    const early = options.afterStart === undefined ? undefined : await readEarly();
    if (early) {
      const firstRun = early.drafts.length === 0;
      this.show(examples, early.drafts, firstRun, firstRun ? examples : [], actor, true);
      this.report(early.problems);
      await options.afterStart;
    }
    const { openWorkspace } = await import('../../storage/open-workspace');
    const opened = await openWorkspace({ onVersionChange: () => this.disconnect() });
    if (!opened.ok) {
      this.openedStore(undefined);
      return this.report(opened.problems);
    }
    const store = opened.value;
    this.store = store;
    this.persistent = store.persistent;
    this.report(opened.problems ?? []);
    if (!early) {
      const listed = await store.listTemplates();
      this.report(listed.problems ?? []);
      const firstRun = listed.ok && listed.value.length === 0;
      const drafts = listed.ok ? listed.value : [];
      this.show(examples, drafts, firstRun, firstRun ? examples : [], actor, this.persistent);
    }
    this.openedStore(store);
    store.onExternalChange((c) => {
      if (c.kind === 'template' && c.id) void this.refresh(c.id);
      else if (c.kind === 'import') void this.reload();
      if (c.kind !== 'settings') this.changes++;
    });
  }

  /** Fills the editor's workspace with the stored drafts (first run: the examples, seeded once the store is open). */
  private show(
    examples: readonly TemplateInfo[],
    listed: TemplateDraft[],
    firstRun: boolean,
    seeds: readonly TemplateInfo[],
    actor: () => string,
    persistent: boolean,
  ): void {
    this.firstRun = firstRun;
    const order = new Map(examples.map((e, i) => [e.id, i]));
    // NOTE: the writer's own templates first (newest first, as listed), then the examples in the repo's order.
    const stored = listed.sort((a, b) => (order.get(a.id) ?? -1) - (order.get(b.id) ?? -1));
    const drafts = firstRun ? examples.map(unsavedExample) : stored;
    for (const d of drafts) this.revisions.set(d.id, d.revision);
    const initial = firstRun ? 'saving' : persistent ? 'saved' : 'memory';
    this.status = Object.fromEntries(drafts.map((d) => [d.id, initial]));
    this.workspace.load(
      drafts.map((d) => fromDraft(d, this.examples)),
      readSelected(),
    );
    this.workspace.subscribe((change) => this.onChange(change));
    for (const e of seeds) this.seed(e, actor);
    restoreUnsaved(stored, this.examples, {
      replace: (t) => this.workspace.replace(t),
      conflict: (id, mine, theirs) => {
        this.conflict = { id, mine, theirs };
        this.setStatus(id, 'conflict');
      },
      edited: (id) => this.onChange({ type: 'update', id }),
      seeded: (id) => {
        const example = examples.find((e) => e.id === id);
        return example ? { ...unsavedExample(example), meta: plainMeta(example.meta) } : undefined;
      },
    });
    const leaving = (): void => {
      stashUnsaved({
        status: this.status,
        byId: (id) => this.workspace.byId(id),
        conflictId: this.conflict?.id,
        revision: (id) => this.revisions.get(id) ?? 0,
        writing: (id) => this.inFlight.get(id),
      });
      this.flushAll();
    };
    addEventListener('pagehide', leaving);
    addEventListener('beforeunload', leaving);
  }

  /** Writes every pending template now. */
  flushAll(): void {
    for (const id of [...this.timers.keys()]) this.flush(id);
  }

  /** Writes every pending template now and resolves when no write is left running (e.g. before a backup). */
  async settled(): Promise<void> {
    this.flushAll();
    while (this.writing.size > 0) await Promise.allSettled([...this.writing.values()]);
  }

  /**
   * Reloads every template from the store (after an import wrote them): new ones are added, and changed ones
   * replace what is on screen — the open template too — unless the writer has unsaved edits in them (those then
   * meet the newer revision as a conflict on their next save). Views that list versions and reviews reload too.
   */
  async reload(): Promise<void> {
    const listed = await this.store?.listTemplates();
    for (const d of listed?.ok ? listed.value : []) await this.refresh(d.id);
    this.changes++;
  }

  /** Resolves a conflict by saving the writer's current text over the other tab's revision. */
  async keepMine(): Promise<void> {
    const c = this.conflict;
    if (!c) return;
    this.revisions.set(c.id, c.theirs.revision);
    this.conflict = undefined;
    this.flush(c.id);
  }

  /** Resolves a conflict by loading what the other tab saved (the writer's edits are dropped). */
  takeTheirs(): void {
    const c = this.conflict;
    if (!c) return;
    this.conflict = undefined;
    clearTimeout(this.timers.get(c.id));
    this.timers.delete(c.id);
    this.revisions.set(c.id, c.theirs.revision);
    this.workspace.replace(fromDraft(c.theirs, this.examples));
    this.setStatus(c.id, this.persistent ? 'saved' : 'memory');
  }

  dismissProblems(): void {
    this.problems = [];
  }

  private onChange(change: WorkspaceChange): void {
    if (change.type === 'select') {
      if (change.id) writeSelected(change.id);
      if (change.id) void this.refresh(change.id);
    } else if (change.type === 'update') {
      this.setStatus(change.id, 'pending');
      clearTimeout(this.timers.get(change.id));
      this.timers.set(
        change.id,
        setTimeout(() => this.flush(change.id), AUTOSAVE_MS),
      );
    } else if (change.type === 'add') {
      this.setStatus(change.id, 'pending');
      this.flush(change.id);
    }
  }

  /** Writes an example into an empty store once it is open; edits of it are written after (see `flush`). */
  private seed(example: TemplateInfo, actor: () => string): void {
    const { id, name, source, meta } = example;
    const created = this.opened.then(async (store) => {
      if (!store) return;
      const r = await store.createTemplate({ id, name, source, meta: plainMeta(meta) }, actor());
      // NOTE: another tab may have written the same example first: its revision is the one to save over.
      const conflict = r.ok ? undefined : r.problems.find(isConflict);
      if (r.ok) this.revisions.set(id, r.value.revision);
      else if (conflict?.stored) this.revisions.set(id, conflict.stored.revision);
      else this.report(r.problems);
      const last = this.writing.get(id) === created && !this.timers.has(id);
      if (last) this.setStatus(id, r.ok || conflict ? (this.persistent ? 'saved' : 'memory') : 'failed');
    });
    this.track(id, created);
  }

  private flush(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    const previous = this.writing.get(id) ?? Promise.resolve();
    this.track(
      id,
      previous.then(() => this.write(id)),
    );
  }

  /** Keeps the last write of a template in `writing` until it is done. */
  private track(id: string, next: Promise<void>): void {
    this.writing.set(id, next);
    void next.finally(() => this.writing.get(id) === next && this.writing.delete(id));
  }

  private async write(id: string): Promise<void> {
    const store = await this.opened;
    const template = this.workspace.byId(id);
    if (!store || !template || this.conflict?.id === id || this.disconnected) return;
    const content = toDraftContent(template);
    this.setStatus(id, 'saving');
    this.inFlight.set(id, content);
    const saved = await store.saveDraft(content, this.revisions.get(id) ?? 0).finally(() => this.inFlight.delete(id));
    const conflict = saved.ok ? undefined : saved.problems.find(isConflict);
    if (saved.ok) this.revisions.set(id, saved.value.revision);
    if (saved.ok && this.persistent) this.problems = this.problems.filter((p) => p.code === 'storage/corrupt');
    else if (conflict?.stored) this.conflict = { id, mine: content, theirs: conflict.stored };
    else if (!saved.ok) this.report(saved.problems);
    const now = this.workspace.byId(id);
    const stillCurrent = !!now && sameContent(toDraftContent(now), content) && !this.timers.has(id);
    this.setStatus(id, afterWrite({ ok: saved.ok, conflict: !!conflict, persistent: this.persistent, stillCurrent }));
  }

  /**
   * Loads what another tab saved of a template, the open one too, when the writer has no unsaved edits in it. With
   * unsaved edits (a pending autosave) the newer save becomes a visible conflict at once — keep mine or load theirs
   * — and the edits stay on screen; a write in flight meets the newer revision as a conflict itself.
   */
  private async refresh(id: string): Promise<void> {
    const busy = (): boolean => this.writing.has(id) || this.conflict?.id === id || this.status[id] === 'failed';
    if (!this.store || busy()) return;
    const r = await this.store.getTemplate(id);
    if (!r.ok || !r.value || r.value.revision <= (this.revisions.get(id) ?? 0) || busy()) return;
    const mine = this.workspace.byId(id);
    if (this.timers.has(id) && mine) {
      if (sameContent(toDraftContent(mine), r.value)) this.revisions.set(id, r.value.revision);
      else {
        this.conflict = { id, mine: toDraftContent(mine), theirs: r.value };
        this.setStatus(id, 'conflict');
      }
      return;
    }
    this.revisions.set(id, r.value.revision);
    this.workspace.replace(fromDraft(r.value, this.examples));
    this.setStatus(id, 'saved');
  }

  private disconnect(): void {
    this.disconnected = true;
    this.persistent = false;
    this.status = Object.fromEntries(Object.keys(this.status).map((id) => [id, 'memory' as const]));
  }

  private report(problems: readonly Problem[]): void {
    if (problems.length > 0) this.problems = [...this.problems, ...problems];
  }

  private setStatus(id: string, state: SaveState): void {
    this.status = { ...this.status, [id]: state };
  }
}
