import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_META } from '../../src/core/types';
import type { I18n } from '../../src/ui/i18n/i18n.svelte';
import { CheckClient, type WorkerLike } from '../../src/worker/client';
import type { Catalog, WorkerMessage, WorkerRequest } from '../../src/worker/protocol';

const catalog: Catalog = {
  samples: [],
  templates: [
    { id: 'example-a', name: '示例甲', source: '【钱站】甲', meta: { ...DEFAULT_META } },
    { id: 'example-b', name: '示例乙', source: '【钱站】乙', meta: { ...DEFAULT_META } },
  ],
  fields: [],
  filters: [],
  rulesetHash: '1'.repeat(64),
  samplesHash: '2'.repeat(64),
  ruleCount: 0,
  messages: {},
};

/** A worker that is ready at once and answers the catalog; `created` counts the workers started. */
let created = 0;
class CatalogWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    created++;
    queueMicrotask(() => this.emit({ type: 'ready' }));
  }
  postMessage(request: WorkerRequest): void {
    if (request.type === 'catalog') queueMicrotask(() => this.emit({ id: request.id, type: 'catalog', catalog }));
  }
  terminate(): void {}
  private emit(message: WorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  }
}

const i18n = (): I18n =>
  ({
    lang: 'zh',
    remembered: false,
    onchange: undefined,
    set(this: { lang: string }, lang: string) {
      this.lang = lang;
    },
  }) as unknown as I18n;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the studio state', () => {
  it('starts no worker when its modules are imported', async () => {
    const constructed = vi.fn();
    vi.stubGlobal('Worker', constructed);
    await import('../../src/ui/state/studio');
    await import('../../src/ui/state/create-studio');
    await import('../../src/ui/state/context');
    await import('../../src/ui/state/keys.svelte');
    expect(constructed).not.toHaveBeenCalled();
  });

  it('gives every app its own state around the client it is handed', async () => {
    const { createStudio } = await import('../../src/ui/state/create-studio');
    const before = created;
    const client = new CheckClient({ createWorker: () => new CatalogWorker() });
    const a = createStudio(client, i18n());
    const b = createStudio(client, i18n());
    expect(created - before).toBe(1);
    expect(a.client).toBe(client);
    expect(a.workspace).not.toBe(b.workspace);
    expect(a.keys).not.toBe(b.keys);
    client.dispose();
  });

  it('exposes the root studio to components that import the state as module values', async () => {
    const { createStudio } = await import('../../src/ui/state/create-studio');
    const legacy = await import('../../src/ui/state/studio');
    const keys = await import('../../src/ui/state/keys.svelte');
    const client = new CheckClient({ createWorker: () => new CatalogWorker() });
    const studio = createStudio(client, i18n());
    legacy.exposeStudio(studio);
    expect(legacy.workspace).toBe(studio.workspace);
    expect(legacy.reviews).toBe(studio.reviews);
    expect(keys.keys).toBe(studio.keys);
    client.dispose();
  });

  it('marks the workspace loaded only once the stored templates are in (first run: the examples)', async () => {
    vi.stubGlobal('addEventListener', () => undefined);
    const { createStudio, startStudio } = await import('../../src/ui/state/create-studio');
    const client = new CheckClient({ createWorker: () => new CatalogWorker() });
    const studio = createStudio(client, i18n());
    const started = startStudio(studio, catalog.templates);
    expect(studio.workspace.loaded).toBe(false);
    expect(studio.workspace.templates).toEqual([]);
    await started;
    expect(studio.workspace.loaded).toBe(true);
    expect(studio.workspace.templates.map((t) => t.source)).toEqual(['【钱站】甲', '【钱站】乙']);
    expect(studio.workspace.selected?.id).toBe('example-a');
    expect(studio.catalog.value?.rulesetHash).toBe(catalog.rulesetHash);
    client.dispose();
    studio.persistence.store?.close();
  });

  it("shows a first run's examples without waiting for the worker, and writes them before any edit", async () => {
    vi.stubGlobal('addEventListener', () => undefined);
    await new Promise((resolve) => {
      const deleting = indexedDB.deleteDatabase('dunning-studio');
      deleting.onsuccess = deleting.onerror = resolve;
    });
    const { createStudio, startStudio } = await import('../../src/ui/state/create-studio');
    /** A worker that starts but never answers (its catalog is still being built). */
    class SilentWorker extends CatalogWorker {
      override postMessage(): void {}
    }
    const client = new CheckClient({ createWorker: () => new SilentWorker() });
    const studio = createStudio(client, i18n());
    void startStudio(studio, catalog.templates);
    await vi.waitFor(() => expect(studio.workspace.loaded).toBe(true));
    expect(studio.catalog.value).toBeUndefined();
    expect(studio.persistence.firstRun).toBe(true);
    expect(studio.workspace.templates.map((t) => [t.id, t.origin])).toEqual([
      ['example-a', 'example'],
      ['example-b', 'example'],
    ]);
    studio.workspace.updateSource('example-a', '【钱站】甲，改');
    await studio.persistence.settled();
    expect(studio.persistence.status).toEqual({ 'example-a': 'saved', 'example-b': 'saved' });
    const stored = await studio.persistence.store!.listTemplates();
    const byId = Object.fromEntries((stored.ok ? stored.value : []).map((d) => [d.id, [d.revision, d.source]]));
    expect(byId).toEqual({ 'example-a': [2, '【钱站】甲，改'], 'example-b': [1, '【钱站】乙'] });
    client.dispose();
    studio.persistence.store?.close();
  });
});
