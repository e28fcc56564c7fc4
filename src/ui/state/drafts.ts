import { canonicalJson, type TemplateMeta, type TemplateDraft } from '../../core/model';
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

/** Whether two drafts hold the same name, source and meta (whatever the order of the meta's keys). */
export function sameContent(a: DraftContent, b: DraftContent): boolean {
  // NOTE: keys sorted: the store returns a meta in its schema's key order, the editor in the order it was built.
  return (
    a.name === b.name && a.source === b.source && canonicalJson(plainMeta(a.meta)) === canonicalJson(plainMeta(b.meta))
  );
}
