import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoreBackend } from '../../src/storage/backend';
import { openWorkspaceDb } from '../../src/storage/db';
import { MemoryStore } from '../../src/storage/memory-store';
import { openWorkspace } from '../../src/storage/open-workspace';
import { Workspace } from '../../src/storage/workspace';
import { createChangeNotifier } from '../../src/storage/change-notifier';
import { codes, draftContent, uniqueName } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A MemoryStore whose disk is full. */
class FullStore extends MemoryStore {
  private full = (): never => {
    throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  };
  override async add(): Promise<never> {
    return this.full();
  }
  override async update(): Promise<never> {
    return this.full();
  }
}

describe('opening and writing when storage fails', () => {
  it('continues in memory and reports storage/unavailable when IndexedDB is missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const r = await openWorkspace({ dbName: uniqueName('none') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(codes(r)).toEqual(['storage/unavailable']);
    expect(r.value.persistent).toBe(false);
    expect(r.value.backend.kind).toBe('memory');
    const saved = await r.value.saveDraft(draftContent(), 0);
    expect(saved.ok).toBe(true);
    r.value.close();
  });

  it('fails with storage/unavailable when the memory fallback is refused', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const r = await openWorkspace({ dbName: uniqueName('none'), fallbackToMemory: false });
    expect(codes(r)).toEqual(['storage/unavailable']);
  });

  it('reports storage/unavailable when the database on disk is newer than the app', async () => {
    const name = uniqueName('newer');
    const future = await openDB(name, 99);
    future.close();
    const r = await openWorkspaceDb(name);
    expect(codes(r)).toEqual(['storage/unavailable']);
  });

  it('reports storage/blocked while another tab (an older app) holds an older version open', async () => {
    const name = uniqueName('blocked');
    const old = await openDB(name, 1, { upgrade: (db) => db.createObjectStore('templates', { keyPath: 'id' }) });
    const r = await openWorkspaceDb(name);
    expect(codes(r)).toEqual(['storage/blocked']);
    old.close();
  });

  it('closes its own connection when another tab needs a newer schema', async () => {
    const name = uniqueName('blocking');
    let asked = 0;
    const old = await openWorkspaceDb(name, { version: 1, onVersionChange: () => (asked += 1) });
    if (!old.ok) throw new Error('seed failed');
    const r = await openWorkspaceDb(name);
    expect(r.ok).toBe(true);
    expect(asked).toBe(1);
    if (r.ok) r.value.close();
  });

  it('returns storage/quota from a save when the disk is full, and the audit write too', async () => {
    const ws = new Workspace(new FullStore(), { notifier: createChangeNotifier('x', false) });
    expect(codes(await ws.saveDraft(draftContent(), 0))).toEqual(['storage/quota']);
    expect(await ws.recordExport('a', ['t1'])).toEqual([expect.objectContaining({ code: 'storage/quota' })]);
  });

  it('turns any backend error into a problem instead of throwing', async () => {
    const broken = new Proxy(new MemoryStore(), {
      get: (target, prop) =>
        prop === 'getAll' ? () => Promise.reject(new Error('disk gone')) : Reflect.get(target, prop),
    }) as StoreBackend;
    const ws = new Workspace(broken, { notifier: createChangeNotifier('x', false) });
    const r = await ws.listTemplates();
    expect(codes(r)).toEqual(['storage/failed']);
  });
});
