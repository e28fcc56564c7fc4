import { parseMeta } from '../meta/schema';
import { fail, ok, type Problem, type Result } from '../result';
import type { TemplateMeta } from '../types';
import { repoPath } from './defaults';

/** One example template from samples/templates/: `<id>.liquid` plus `<id>.meta.json`. */
export interface ExampleTemplate {
  id: string;
  name: string;
  source: string;
  meta: TemplateMeta;
  /** from the id: `violating-*` examples must be blocked by the checker, the others must pass */
  expected: 'lawful' | 'violating';
}

const baseName = (path: string, ext: string): string => (path.split('/').pop() ?? path).slice(0, -ext.length);

/**
 * Pairs `<id>.liquid` sources with `<id>.meta.json` metas (`path -> text` and `path -> parsed JSON`).
 * A source without a meta (`example/missing-meta`), a meta without a source (`example/missing-source`),
 * a meta whose id differs from the file name (`example/id-mismatch`) or an invalid meta (`meta/invalid`)
 * is a problem; the other templates still load (`partial`). Sorted by id. One trailing newline of a
 * source file is dropped (it would otherwise be sent as part of the SMS).
 */
export function buildTemplates(
  sources: Record<string, string>,
  metas: Record<string, unknown>,
): Result<ExampleTemplate[]> {
  const problems: Problem[] = [];
  const templates: ExampleTemplate[] = [];
  const metaById = new Map(Object.entries(metas).map(([path, json]) => [baseName(path, '.meta.json'), { path, json }]));
  const sourceIds = new Set<string>();
  for (const [path, source] of Object.entries(sources)) {
    const id = baseName(path, '.liquid');
    sourceIds.add(id);
    const entry = metaById.get(id);
    if (!entry) {
      problems.push({ code: 'example/missing-meta', message: `${path}: no ${id}.meta.json next to it`, file: path });
      continue;
    }
    const meta = parseMeta(entry.json, entry.path);
    if (!meta.ok) {
      problems.push(...meta.problems);
      continue;
    }
    if (meta.value.id !== undefined && meta.value.id !== id) {
      problems.push({
        code: 'example/id-mismatch',
        message: `${entry.path}: id "${meta.value.id}" differs from the file name "${id}"`,
        file: entry.path,
        path: ['id'],
      });
      continue;
    }
    const expected = id.startsWith('violating-') ? 'violating' : 'lawful';
    templates.push({
      id,
      name: meta.value.name ?? id,
      source: source.replace(/\r?\n$/, ''),
      meta: { ...meta.value, id },
      expected,
    });
  }
  for (const [id, { path }] of metaById) {
    if (!sourceIds.has(id))
      problems.push({ code: 'example/missing-source', message: `${path}: no ${id}.liquid next to it`, file: path });
  }
  templates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return problems.length === 0 ? ok(templates) : fail(problems, templates);
}

let cached: ExampleTemplate[] | undefined;

/** The repo's example templates (samples/templates/), bundled at build time, sorted by id. */
export function defaultTemplates(): ExampleTemplate[] {
  if (!cached) {
    const sources = import.meta.glob<string>('../../../samples/templates/*.liquid', {
      eager: true,
      query: '?raw',
      import: 'default',
    });
    const metas = import.meta.glob('../../../samples/templates/*.meta.json', { eager: true, import: 'default' });
    const rekey = <T>(m: Record<string, T>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [repoPath(k), v]));
    const result = buildTemplates(rekey(sources), rekey(metas));
    cached = result.ok ? result.value : (result.partial ?? []);
  }
  return cached.slice();
}
