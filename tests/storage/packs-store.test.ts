import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/core/model';
import { HASH_R, BACKENDS, codes } from './helpers';
import type { NewPackRevision } from '../../src/storage/packs-store';

const AT = '2026-12-06T10:00:00+08:00';
const pack = (revision: number) => ({
  packVersion: 1 as const,
  name: '钱站法务规则包',
  revision,
  overrides: {
    'moralising-wording': { severity: 'error' as const, reason: '本机构从严', by: '李法务', at: AT },
  },
});
const revision = (n: number, extra: Partial<NewPackRevision> = {}): NewPackRevision => ({
  revision: n,
  rulesetHash: HASH_R,
  by: '李法务',
  at: AT,
  reason: '从严处理说教用语',
  source: 'edit',
  changes: [{ key: 'overrides.moralising-wording', change: 'added', reason: '本机构从严' }],
  pack: pack(n),
  ...extra,
});

describe.each(BACKENDS)('packs store (%s)', (_label, open) => {
  it('keeps every revision with its pack, hash, author, reasons and changes, oldest first', async () => {
    const ws = await open('packs');
    expect(codes(await ws.savePackRevision(revision(2, { source: 'import' })))).toEqual(['storage/conflict']);
    expect((await ws.savePackRevision(revision(1))).ok).toBe(true);
    expect((await ws.savePackRevision(revision(2, { reason: '第二版' }))).ok).toBe(true);
    const listed = await ws.listPackRevisions();
    if (!listed.ok) throw new Error('list failed');
    expect(listed.value.map((r) => [r.revision, r.reason, r.by])).toEqual([
      [1, '从严处理说教用语', '李法务'],
      [2, '第二版', '李法务'],
    ]);
    expect(listed.value[0]?.packHash).toBe(await sha256Hex(canonicalJson(pack(1))));
    expect(listed.value[1]?.pack).toEqual(pack(2));
    expect(listed.value[1]?.changes[0]?.key).toBe('overrides.moralising-wording');
    ws.close();
  });

  it('refuses a revision that already exists as a conflict and keeps the first', async () => {
    const ws = await open('packs-conflict');
    expect((await ws.savePackRevision(revision(1))).ok).toBe(true);
    const again = await ws.savePackRevision(revision(1, { reason: '另一个标签页' }));
    expect(codes(again)).toEqual(['storage/conflict']);
    const listed = await ws.listPackRevisions();
    expect(listed.ok && listed.value.map((r) => r.reason)).toEqual(['从严处理说教用语']);
    ws.close();
  });

  it('refuses a revision without a reason, or whose pack is invalid, naming the JSON path', async () => {
    const ws = await open('packs-invalid');
    const noReason = await ws.savePackRevision(revision(1, { reason: '  ' }));
    expect(noReason.ok ? [] : noReason.problems.map((p) => [p.code, p.path])).toEqual([
      ['storage/invalid', ['reason']],
    ]);
    const badPack = await ws.savePackRevision(revision(1, { pack: { ...pack(1), extra: 1 } as never }));
    expect(badPack.ok ? [] : badPack.problems.map((p) => p.path?.[0])).toEqual(['pack']);
    const mismatch = await ws.savePackRevision(revision(1, { pack: pack(3) }));
    expect(mismatch.ok ? [] : mismatch.problems.map((p) => p.path)).toEqual([['pack', 'revision']]);
    const listed = await ws.listPackRevisions();
    expect(listed.ok && listed.value).toEqual([]);
    ws.close();
  });

  it('logs each revision in the audit log: an edit as pack_saved, an import as pack_imported', async () => {
    const ws = await open('packs-audit');
    await ws.savePackRevision(revision(1));
    await ws.savePackRevision(revision(2, { source: 'import', by: '王法务', reason: '导入总部规则包' }));
    const audit = await ws.listAudit();
    if (!audit.ok) throw new Error('audit failed');
    expect(audit.value.map((e) => [e.action, e.actor, e.versionId])).toEqual([
      ['pack_saved', '李法务', 'pack@1'],
      ['pack_imported', '王法务', 'pack@2'],
    ]);
    expect(audit.value[1]?.detail).toContain('导入总部规则包');
    expect(audit.value[1]?.pack).toEqual({
      name: '钱站法务规则包',
      revision: 2,
      packHash: await sha256Hex(canonicalJson(pack(2))),
      rulesetHash: HASH_R,
      reason: '导入总部规则包',
      changes: [{ key: 'overrides.moralising-wording', change: 'added', reason: '本机构从严' }],
    });
    expect(audit.value[0]?.pack?.revision).toBe(1);
    ws.close();
  });

  it('never overwrites or deletes a revision', async () => {
    const ws = await open('packs-immutable');
    await ws.savePackRevision(revision(1));
    await expect(ws.backend.put('packs', { ...revision(1), reason: 'x' })).rejects.toThrow(/append-only/);
    await expect(ws.backend.delete('packs', 1)).rejects.toThrow(/append-only/);
    ws.close();
  });

  it('skips and reports a corrupt stored revision', async () => {
    const ws = await open('packs-corrupt');
    await ws.savePackRevision(revision(1));
    await ws.backend.add('packs', { revision: 2, pack: 'nope' });
    const listed = await ws.listPackRevisions();
    expect(listed.ok && listed.value.map((r) => r.revision)).toEqual([1]);
    expect(codes(listed)).toContain('storage/corrupt');
    ws.close();
  });
});
