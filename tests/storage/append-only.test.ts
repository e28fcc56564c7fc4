import { describe, expect, it } from 'vitest';
import * as auditStore from '../../src/storage/audit-store';
import * as versionsStore from '../../src/storage/versions-store';
import { BACKENDS, cleanReport, codes, draftContent, HASH_R, HASH_S } from './helpers';

const refused = async (run: () => Promise<unknown>): Promise<string> => {
  try {
    await run();
    return 'written';
  } catch (e) {
    return (e as Error).name;
  }
};

describe('module surface', () => {
  it('exposes no update or delete for the audit log and versions', () => {
    expect(Object.keys(auditStore).sort()).toEqual(['appendAudit', 'listAudit']);
    expect(Object.keys(versionsStore).sort()).toEqual(['addVersion', 'getVersion', 'listVersions', 'versionIdOf']);
  });
});

describe.each(BACKENDS)('append-only stores on %s', (_name, open) => {
  it('numbers audit entries in order and refuses to overwrite or delete one', async () => {
    const ws = await open('audit');
    await ws.createTemplate(draftContent('t1'), '张三');
    await ws.recordExport('李四', ['t1'], 'bundle.dunning.json');
    const log = await ws.listAudit();
    expect(log.ok && log.value.map((e) => [e.seq, e.action, e.actor])).toEqual([
      [1, 'created', '张三'],
      [2, 'exported', '李四'],
    ]);
    expect(
      await refused(() =>
        ws.backend.put('audit', { seq: 1, at: '2024-01-01T00:00:00.000Z', actor: 'x', action: 'created' }),
      ),
    ).toBe('ImmutableStoreError');
    expect(await refused(() => ws.backend.delete('audit', 1))).toBe('ImmutableStoreError');
    expect(await refused(() => ws.backend.update('audit', 1, () => ({ write: {}, result: 0 })))).toBe(
      'ImmutableStoreError',
    );
    const after = await ws.listAudit();
    expect(after.ok && after.value.length).toBe(2);
    ws.close();
  });

  it('keeps a saved version unchanged: same id conflicts, put/update/delete are refused', async () => {
    const ws = await open('versions');
    const saved = await ws.saveVersion({
      draft: draftContent('t1', 'v1'),
      message: 'm',
      author: '张三',
      report: cleanReport,
      rulesetHash: HASH_R,
      samplesHash: HASH_S,
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    expect(saved.value.id).toBe('t1@1');
    const again = await versionsStore.addVersion(ws.backend, { ...saved.value, source: 'tampered' });
    expect(codes(again)).toEqual(['storage/conflict']);
    expect(await refused(() => ws.backend.put('versions', { ...saved.value, source: 'tampered' }))).toBe(
      'ImmutableStoreError',
    );
    expect(await refused(() => ws.backend.delete('versions', 't1@1'))).toBe('ImmutableStoreError');
    expect(await refused(() => ws.backend.put('reviews', { id: 'r' }))).toBe('ImmutableStoreError');
    const read = await ws.getVersion('t1@1');
    expect(read.ok && read.value?.source).toBe('v1');
    ws.close();
  });

  it('numbers versions per template and records the hash and the report summary', async () => {
    const ws = await open('numbers');
    const base = { message: 'm', author: '张三', report: cleanReport, rulesetHash: HASH_R, samplesHash: HASH_S };
    await ws.saveVersion({ ...base, draft: draftContent('t1', 'a') });
    await ws.saveVersion({ ...base, draft: draftContent('t2', 'a') });
    const second = await ws.saveVersion({ ...base, draft: draftContent('t1', 'b') });
    expect(second.ok && [second.value.id, second.value.number, second.value.report.verdict]).toEqual([
      't1@2',
      2,
      'pass',
    ]);
    const list = await ws.listVersions('t1');
    expect(list.ok && list.value.map((v) => v.source)).toEqual(['a', 'b']);
    expect(list.ok && list.value[0]?.contentHash).not.toBe(list.ok && list.value[1]?.contentHash);
    ws.close();
  });

  it('refuses a version whose meta is invalid, naming the JSON path', async () => {
    const ws = await open('meta');
    const r = await ws.saveVersion({
      draft: { ...draftContent('t1'), meta: { audience: 'debtor', maxPerDay: 0 } },
      message: 'm',
      author: 'a',
      report: cleanReport,
      rulesetHash: HASH_R,
      samplesHash: HASH_S,
    });
    expect(codes(r)).toEqual(['storage/invalid']);
    expect(r.problems?.[0]?.path).toEqual(['meta', 'maxPerDay']);
    ws.close();
  });
});
