import type { TemplateMeta, TemplateDraft } from '../../core/model';
import type { DraftContent } from '../../storage/index';
import type { WorkspaceTemplate } from './workspace.svelte';

/** A plain copy of a meta (no proxies, no `undefined` members): safe for IndexedDB and stable to hash. */
export function plainMeta(meta: TemplateMeta): TemplateMeta {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (value === undefined) continue;
    copy[key] = typeof value === 'object' && value !== null ? { ...value } : value;
  }
  return copy as unknown as TemplateMeta;
}

/** What storage saves of a template the writer edits. */
export function toDraftContent(t: Pick<WorkspaceTemplate, 'id' | 'name' | 'source' | 'meta'>): DraftContent {
  return { id: t.id, name: t.name, source: t.source, meta: plainMeta(t.meta) };
}

/** A stored draft as the editor holds it; `examples` are the ids of the repo's example templates. */
export function fromDraft(d: TemplateDraft, examples: ReadonlySet<string>): WorkspaceTemplate {
  return {
    id: d.id,
    name: d.name,
    source: d.source,
    meta: plainMeta(d.meta),
    origin: examples.has(d.id) ? 'example' : 'user',
    updatedAt: Date.parse(d.updatedAt) || 0,
  };
}

/** A value as JSON with every object's keys sorted: the store returns a meta in its schema's key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** Whether two drafts hold the same name, source and meta (whatever the order of the meta's keys). */
export function sameContent(a: DraftContent, b: DraftContent): boolean {
  return a.name === b.name && a.source === b.source && canonical(a.meta) === canonical(b.meta);
}
