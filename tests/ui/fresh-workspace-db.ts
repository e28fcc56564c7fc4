import { afterEach, beforeEach, vi } from 'vitest';

/** Lets IndexedDB (and a BroadcastChannel) work in setImmediate turns until `done`; unlike vi.waitFor it runs no timer. */
export async function until(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 500 && !done(); turn++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Each test of the calling describe starts with an empty workspace database, no page listeners and held autosave
 * timers. NOTE: only setTimeout/clearTimeout are faked; fake-indexeddb schedules with setImmediate and keeps working.
 */
export function useFreshWorkspaceDb(): void {
  beforeEach(async () => {
    vi.stubGlobal('addEventListener', () => undefined);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await new Promise((resolve) => {
      const deleting = indexedDB.deleteDatabase('dunning-studio');
      deleting.onsuccess = deleting.onerror = resolve;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}
