import { describe, expect, it } from 'vitest';
import { DEFAULT_META } from '../../src/core/model';
import { Persistence } from '../../src/ui/state/persistence.svelte';
import { Workspace } from '../../src/ui/state/workspace.svelte';
import { until, useFreshWorkspaceDb } from './fresh-workspace-db';

const EXAMPLES = [
  { id: 'a', name: '模板甲', source: '【钱站】原文甲', meta: { ...DEFAULT_META } },
  { id: 'b', name: '模板乙', source: '【钱站】原文乙', meta: { ...DEFAULT_META } },
];

describe('a first visit that opens the store once the editor is shown', () => {
  useFreshWorkspaceDb();

  it('shows the examples before the store is open, keeps an early edit and saves it after the seeds', async () => {
    const workspace = new Workspace();
    const persistence = new Persistence(workspace);
    let endStart = (): void => undefined;
    const afterStart = new Promise<void>((resolve) => (endStart = resolve));
    const started = persistence.start(EXAMPLES, () => '测试', { afterStart });
    await until(() => workspace.loaded);
    expect(workspace.templates.map((t) => t.id)).toEqual(['a', 'b']);
    expect(persistence.store).toBeUndefined();
    expect(persistence.firstRun).toBe(true);

    workspace.updateSource('a', '【钱站】编辑器一出现就改了');
    endStart();
    await started;
    expect(persistence.store).toBeDefined();
    await persistence.settled();
    expect(persistence.status).toEqual({ a: 'saved', b: 'saved' });
    const stored = await persistence.store!.listTemplates();
    expect(stored.ok && Object.fromEntries(stored.value.map((d) => [d.id, d.source]))).toEqual({
      a: '【钱站】编辑器一出现就改了',
      b: '【钱站】原文乙',
    });
    persistence.store?.close();
  });

  it('reads a workspace stored before at once, without waiting for the editor', async () => {
    const first = new Persistence(new Workspace());
    await first.start(EXAMPLES, () => '测试');
    await first.settled();
    first.store?.close();

    const workspace = new Workspace();
    const persistence = new Persistence(workspace);
    await persistence.start(EXAMPLES, () => '测试', { afterStart: new Promise(() => undefined) });
    expect(persistence.firstRun).toBe(false);
    expect(persistence.store).toBeDefined();
    expect(workspace.templates.map((t) => t.id).sort()).toEqual(['a', 'b']);
    persistence.store?.close();
  });
});
