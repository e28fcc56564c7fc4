import { describe, expect, it } from 'vitest';
import type { TemplateDraft } from '../../src/core/review/schemas';
import { DEFAULT_META } from '../../src/core/types';
import { restoreUnsaved, stashUnsaved } from '../../src/ui/state/unload-stash';
import type { WorkspaceTemplate } from '../../src/ui/state/workspace.svelte';

const memory = (): Storage => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  } as Storage;
};
const template = (id: string, source: string): WorkspaceTemplate => ({
  id,
  name: id,
  source,
  meta: { ...DEFAULT_META },
  origin: 'user',
  updatedAt: 0,
});
const stored = (id: string, source: string, revision: number): TemplateDraft => ({
  id,
  name: id,
  source,
  meta: { ...DEFAULT_META },
  revision,
  updatedAt: '2024-05-01T00:00:00.000Z',
});

function roundTrip(
  status: Record<string, 'pending' | 'saved' | 'conflict'>,
  onScreen: WorkspaceTemplate[],
  inStore: TemplateDraft[],
  conflictId?: string,
) {
  const storage = memory();
  stashUnsaved({ status, byId: (id) => onScreen.find((t) => t.id === id), conflictId, revision: () => 3 }, storage);
  const seen: { replaced: string[]; conflicts: string[]; edited: string[] } = {
    replaced: [],
    conflicts: [],
    edited: [],
  };
  restoreUnsaved(
    inStore,
    new Set(),
    {
      replace: (t) => seen.replaced.push(`${t.id}:${t.source}`),
      conflict: (id) => seen.conflicts.push(id),
      edited: (id) => seen.edited.push(id),
    },
    storage,
  );
  return seen;
}

describe('unload stash', () => {
  it("saves edits stashed on a first visit's example whose seed reached the store before the tab learnt it", () => {
    const storage = memory();
    const example = template('ex', 'the example');
    stashUnsaved(
      {
        status: { ex: 'pending' },
        byId: () => ({ ...example, source: 'typed' }),
        conflictId: undefined,
        revision: () => 0,
      },
      storage,
    );
    const seen: string[] = [];
    const target = {
      replace: () => undefined,
      conflict: (id: string) => seen.push(`conflict:${id}`),
      edited: (id: string) => seen.push(`edited:${id}`),
      seeded: () => stored('ex', 'the example', 0),
    };
    restoreUnsaved([stored('ex', 'the example', 1)], new Set(), target, storage);
    expect(seen).toEqual(['edited:ex']);
    stashUnsaved(
      {
        status: { ex: 'pending' },
        byId: () => ({ ...example, source: 'typed' }),
        conflictId: undefined,
        revision: () => 0,
      },
      storage,
    );
    seen.length = 0;
    restoreUnsaved([stored('ex', 'another tab wrote this', 1)], new Set(), target, storage);
    expect(seen).toEqual(['conflict:ex']);
  });

  it("saves edits stashed while the tab's own autosave was in flight, once that write reached the store", () => {
    const storage = memory();
    const source = (writing: string | undefined) => ({
      status: { a: 'saving' as const },
      byId: () => template('a', 'typed more'),
      conflictId: undefined,
      revision: () => 3,
      writing: () => (writing === undefined ? undefined : { ...template('a', writing) }),
    });
    const seen: string[] = [];
    const target = {
      replace: (t: WorkspaceTemplate) => seen.push(`replace:${t.source}`),
      conflict: (id: string) => seen.push(`conflict:${id}`),
      edited: (id: string) => seen.push(`edited:${id}`),
    };
    stashUnsaved(source('typed'), storage);
    restoreUnsaved([stored('a', 'typed', 4)], new Set(), target, storage);
    expect(seen).toEqual(['replace:typed more', 'edited:a']);
    seen.length = 0;
    stashUnsaved(source('typed'), storage);
    restoreUnsaved([stored('a', 'another tab wrote this', 4)], new Set(), target, storage);
    expect(seen).toEqual(['replace:typed more', 'conflict:a']);
    seen.length = 0;
    stashUnsaved(source('typed'), storage);
    restoreUnsaved([stored('a', 'typed', 5)], new Set(), target, storage);
    expect(seen).toEqual(['replace:typed more', 'conflict:a']);
  });

  it('restores an unsaved edit and saves it when the store still has its base revision', () => {
    const seen = roundTrip(
      { a: 'pending', b: 'saved' },
      [template('a', 'typed'), template('b', 'x')],
      [stored('a', 'old', 3), stored('b', 'x', 1)],
    );
    expect(seen).toEqual({ replaced: ['a:typed'], conflicts: [], edited: ['a'] });
  });

  it('reports a conflict when another tab saved a newer revision meanwhile', () => {
    const seen = roundTrip({ a: 'pending' }, [template('a', 'typed')], [stored('a', 'theirs', 5)]);
    expect(seen).toEqual({ replaced: ['a:typed'], conflicts: ['a'], edited: [] });
  });

  it('keeps a template that was in conflict in conflict after the reload', () => {
    const seen = roundTrip({ a: 'conflict' }, [template('a', 'mine')], [stored('a', 'theirs', 3)], 'a');
    expect(seen.conflicts).toEqual(['a']);
  });

  it('restores nothing when the stored draft already has the typed text', () => {
    const seen = roundTrip({ a: 'pending' }, [template('a', 'same')], [stored('a', 'same', 4)]);
    expect(seen).toEqual({ replaced: [], conflicts: [], edited: [] });
  });
});
