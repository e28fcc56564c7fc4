import { describe, expect, it } from 'vitest';
import { DEFAULT_META } from '../../src/core/model';
import { Persistence } from '../../src/ui/state/persistence.svelte';
import { Workspace } from '../../src/ui/state/workspace.svelte';
import { until, useFreshWorkspaceDb } from './fresh-workspace-db';

const EXAMPLES = [{ id: 'a', name: '模板甲', source: '【钱站】原文', meta: { ...DEFAULT_META } }];

/** One browser tab: its workspace and its persistence over the shared (fake) IndexedDB and BroadcastChannel. */
async function tab(): Promise<{ workspace: Workspace; persistence: Persistence }> {
  const workspace = new Workspace();
  const persistence = new Persistence(workspace);
  await persistence.start(EXAMPLES, () => '测试');
  await persistence.settled();
  return { workspace, persistence };
}

describe('two tabs of one workspace', () => {
  useFreshWorkspaceDb();

  it('loads what the other tab saved into the open template when it has no unsaved edit', async () => {
    const a = await tab();
    const b = await tab();
    expect(b.workspace.selectedId).toBe('a');
    a.workspace.updateSource('a', '【钱站】甲窗口保存的新文本');
    await a.persistence.settled();
    await until(() => b.workspace.byId('a')?.source === '【钱站】甲窗口保存的新文本');
    expect(b.workspace.byId('a')?.source).toBe('【钱站】甲窗口保存的新文本');
    expect(b.persistence.status['a']).toBe('saved');
    expect(b.persistence.conflict).toBeUndefined();
    a.persistence.store?.close();
    b.persistence.store?.close();
  });

  it('shows a conflict at once, before its own autosave, when it has unsaved edits, and keeps them', async () => {
    const a = await tab();
    const b = await tab();
    b.workspace.updateSource('a', '【钱站】乙窗口尚未保存');
    expect(b.persistence.status['a']).toBe('pending');
    a.workspace.updateSource('a', '【钱站】甲窗口随后保存');
    await a.persistence.settled();
    // B's autosave timer has not run (held): only the other tab's notice can have raised the conflict
    await until(() => b.persistence.conflict !== undefined);
    expect(b.persistence.conflict?.theirs.source).toBe('【钱站】甲窗口随后保存');
    expect(b.persistence.status['a']).toBe('conflict');
    expect(b.workspace.byId('a')?.source).toBe('【钱站】乙窗口尚未保存');
    b.persistence.takeTheirs();
    expect(b.workspace.byId('a')?.source).toBe('【钱站】甲窗口随后保存');
    expect(b.persistence.status['a']).toBe('saved');
    a.persistence.store?.close();
    b.persistence.store?.close();
  });
});
