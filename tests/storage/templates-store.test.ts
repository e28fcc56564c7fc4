import { describe, expect, it } from 'vitest';
import { isConflict } from '../../src/storage/errors';
import { BACKENDS, codes, draftContent, idbWorkspace, uniqueName } from './helpers';

describe.each(BACKENDS)('drafts on %s', (_name, open) => {
  it('creates a draft at revision 1 and increments the revision on each save', async () => {
    const ws = await open('rev');
    const created = await ws.createTemplate({ ...draftContent(), id: undefined }, '张三');
    if (!created.ok) throw new Error('create failed');
    expect(created.value.revision).toBe(1);
    const saved = await ws.saveDraft({ ...created.value, source: '新内容' }, 1);
    expect(saved.ok && [saved.value.revision, saved.value.source]).toEqual([2, '新内容']);
    const read = await ws.getTemplate(created.value.id);
    expect(read.ok && read.value?.revision).toBe(2);
    ws.close();
  });

  it('reports storage/conflict with the stored draft and writes nothing when the revision is stale', async () => {
    const ws = await open('conflict');
    await ws.saveDraft(draftContent('t1', 'A0'), 0);
    await ws.saveDraft(draftContent('t1', 'tab A'), 1);
    const stale = await ws.saveDraft(draftContent('t1', 'tab B'), 1);
    expect(stale.ok).toBe(false);
    const problem = stale.ok ? undefined : stale.problems[0];
    expect(problem && isConflict(problem) && [problem.stored?.revision, problem.stored?.source]).toEqual([2, 'tab A']);
    const read = await ws.getTemplate('t1');
    expect(read.ok && read.value?.source).toBe('tab A');
    ws.close();
  });

  it('reports storage/conflict when creating an id that exists', async () => {
    const ws = await open('dup');
    await ws.saveDraft(draftContent('t1'), 0);
    expect(codes(await ws.saveDraft(draftContent('t1', 'other'), 0))).toEqual(['storage/conflict']);
    ws.close();
  });

  it('keeps a draft whose meta is mid-edit but rejects a draft without an id', async () => {
    const ws = await open('meta');
    const mid = await ws.saveDraft({ ...draftContent('t1'), meta: { audience: 'debtor', maxPerDay: 0 } }, 0);
    expect(mid.ok).toBe(true);
    const bad = await ws.saveDraft({ ...draftContent(''), id: '' }, 0);
    expect(codes(bad)).toEqual(['storage/invalid']);
    ws.close();
  });

  it('lists drafts newest first', async () => {
    const ws = await open('list');
    await ws.saveDraft(draftContent('a'), 0);
    await ws.saveDraft(draftContent('b'), 0);
    await ws.saveDraft(draftContent('a', 'again'), 1);
    const list = await ws.listTemplates();
    expect(list.ok && list.value.map((t) => t.id)).toEqual(['a', 'b']);
    ws.close();
  });
});

describe('two tabs on one IndexedDB database', () => {
  it('never lets the second tab overwrite the first silently', async () => {
    const name = uniqueName('tabs');
    const tabA = await idbWorkspace('a', name);
    const tabB = await idbWorkspace('b', name);
    const created = await tabA.saveDraft(draftContent('t1', 'v0'), 0);
    if (!created.ok) throw new Error('create failed');
    const openedInB = await tabB.getTemplate('t1');
    const revB = openedInB.ok ? (openedInB.value?.revision ?? -1) : -1;
    expect((await tabA.saveDraft(draftContent('t1', 'from A'), created.value.revision)).ok).toBe(true);
    const fromB = await tabB.saveDraft(draftContent('t1', 'from B'), revB);
    expect(codes(fromB)).toEqual(['storage/conflict']);
    const final = await tabB.getTemplate('t1');
    expect(final.ok && final.value?.source).toBe('from A');
    tabA.close();
    tabB.close();
  });
});
