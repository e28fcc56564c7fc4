import { DEFAULT_META, type TemplateMeta } from '../../core/model';

/** One template as the writer edits it. `origin: 'example'` came from the repo's example templates. */
export interface WorkspaceTemplate {
  id: string;
  name: string;
  source: string;
  meta: TemplateMeta;
  origin: 'example' | 'user';
  /** ms since epoch of the last edit */
  updatedAt: number;
}

/** What changed, for a persistence layer that listens. */
export type WorkspaceChange =
  | { type: 'load' }
  | { type: 'select'; id: string | undefined }
  | { type: 'update'; id: string }
  | { type: 'add'; id: string }
  /** replaced by what another tab saved (persistence must not save it back) */
  | { type: 'external'; id: string };

/**
 * The templates being edited, in memory. Everything that edits goes through these methods, so a storage layer can
 * `subscribe` and persist (`templates` and `selectedId` are the whole state).
 */
export class Workspace {
  templates = $state<WorkspaceTemplate[]>([]);
  selectedId = $state<string | undefined>(undefined);
  /** false until `load`: before that the templates are not known yet, and nothing may be edited */
  loaded = $state(false);
  readonly selected = $derived(this.templates.find((t) => t.id === this.selectedId));
  private readonly listeners = new Set<(change: WorkspaceChange) => void>();

  /** Replaces the whole workspace (first run: the example templates; later: what storage restored). */
  load(templates: WorkspaceTemplate[], selectedId?: string): void {
    this.templates = templates;
    this.selectedId = templates.some((t) => t.id === selectedId) ? selectedId : templates[0]?.id;
    this.loaded = true;
    this.emit({ type: 'load' });
  }

  select(id: string): void {
    if (id === this.selectedId || !this.byId(id)) return;
    this.selectedId = id;
    this.emit({ type: 'select', id });
  }

  byId(id: string): WorkspaceTemplate | undefined {
    return this.templates.find((t) => t.id === id);
  }

  updateSource(id: string, source: string): void {
    const template = this.byId(id);
    if (!template || template.source === source) return;
    template.source = source;
    template.updatedAt = Date.now();
    this.emit({ type: 'update', id });
  }

  updateMeta(id: string, patch: Partial<TemplateMeta>): void {
    const template = this.byId(id);
    if (!template) return;
    template.meta = { ...template.meta, ...patch };
    template.updatedAt = Date.now();
    this.emit({ type: 'update', id });
  }

  rename(id: string, name: string): void {
    const template = this.byId(id);
    if (!template || !name.trim()) return;
    template.name = name.trim();
    template.updatedAt = Date.now();
    this.emit({ type: 'update', id });
  }

  /** Puts what another tab saved in place of a template (or adds it); emits `external`, never `update`. */
  replace(next: WorkspaceTemplate): void {
    const index = this.templates.findIndex((t) => t.id === next.id);
    if (index < 0) this.templates.push(next);
    else this.templates[index] = next;
    this.emit({ type: 'external', id: next.id });
  }

  /** Adds a user template and selects it; returns its id. */
  add(name: string, source: string, meta: TemplateMeta = { ...DEFAULT_META }): string {
    const id = `tpl-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    this.templates.push({ id, name, source, meta, origin: 'user', updatedAt: Date.now() });
    this.emit({ type: 'add', id });
    this.select(id);
    return id;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (change: WorkspaceChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: WorkspaceChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
