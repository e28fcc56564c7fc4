import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/core/model';
import { planImport } from '../../src/storage/import-plan';
import type { NewPackRevision } from '../../src/storage/packs-store';
import { parseWorkspaceImport, type WorkspaceFile } from '../../src/storage/workspace-file';
import type { Workspace } from '../../src/storage/workspace';
import { BACKENDS, HASH_R, memoryWorkspace } from './helpers';

const AT = '2026-12-06T10:00:00+08:00';
const pack = (revision: number, reason = '本机构从严') => ({
  packVersion: 1 as const,
  name: '钱站法务规则包',
  revision,
  overrides: { 'moralising-wording': { severity: 'error' as const, reason, by: '李法务', at: AT } },
});
const revision = (n: number, reason?: string): NewPackRevision => ({
  revision: n,
  rulesetHash: HASH_R,
  by: '李法务',
  at: AT,
  reason: `第 ${n} 版`,
  source: 'edit',
  changes: [{ key: 'overrides.moralising-wording', change: 'changed', reason: reason ?? '本机构从严' }],
  pack: pack(n, reason),
});

async function withPacks(ws: Workspace, ...reasons: string[]): Promise<Workspace> {
  for (const [i, reason] of reasons.entries()) {
    const r = await ws.savePackRevision(revision(i + 1, reason));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
  }
  return ws;
}

async function backupOf(ws: Workspace): Promise<WorkspaceFile> {
  const exported = await ws.exportWorkspace();
  if (!exported.ok) throw new Error('export');
  const parsed = parseWorkspaceImport(JSON.stringify(exported.value));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

async function restore(target: Workspace, file: WorkspaceFile) {
  const here = await target.exportWorkspace();
  if (!here.ok) throw new Error('export');
  const plan = planImport(here.value, file);
  return { plan, applied: await target.applyImport(plan, { overwrite: [] }, '王管理') };
}

describe.each(BACKENDS)('workspace backups with the rule pack (%s)', (_name, open) => {
  it('exports every pack revision and restores them all into an empty workspace, in use afterwards', async () => {
    const source = await withPacks(await open('backup-packs-src'), '从严', '更严');
    const file = await backupOf(source);
    expect(file.packs?.map((r) => [r.revision, r.reason])).toEqual([
      [1, '第 1 版'],
      [2, '第 2 版'],
    ]);
    const target = await open('backup-packs-dst');
    const { plan, applied } = await restore(target, file);
    expect(plan.add.filter((i) => i.kind === 'pack').map((i) => i.key)).toEqual(['pack:1', 'pack:2']);
    expect(applied.ok && applied.value.added).toEqual(['pack:1', 'pack:2']);
    const listed = await target.listPackRevisions();
    expect(listed.ok && listed.value.map((r) => [r.revision, r.packHash])).toEqual(
      file.packs?.map((r) => [r.revision, r.packHash]),
    );
    const again = await restore(target, file);
    expect(again.plan.identical.filter((i) => i.kind === 'pack')).toHaveLength(2);
    expect(again.plan.add).toHaveLength(0);
    source.close();
    target.close();
  });

  it('appends revisions that continue the history here, and keeps a diverging history as conflicts', async () => {
    const file = await backupOf(await withPacks(memoryWorkspace(), '从严', '更严', '最严'));
    const behind = await withPacks(await open('backup-packs-behind'), '从严');
    const continued = await restore(behind, file);
    expect(continued.plan.add.map((i) => i.key)).toEqual(['pack:2', 'pack:3']);
    expect(continued.plan.identical.map((i) => i.key)).toContain('pack:1');
    const listed = await behind.listPackRevisions();
    expect(listed.ok && listed.value.map((r) => r.revision)).toEqual([1, 2, 3]);

    const other = await withPacks(await open('backup-packs-other'), '另一种理由');
    const diverged = await restore(other, file);
    expect(diverged.plan.add.filter((i) => i.kind === 'pack')).toHaveLength(0);
    expect(diverged.plan.conflicts.map((c) => [c.key, c.overwritable])).toEqual([
      ['pack:1', false],
      ['pack:2', false],
      ['pack:3', false],
    ]);
    const kept = await other.listPackRevisions();
    expect(kept.ok && kept.value.map((r) => r.pack.overrides?.['moralising-wording']?.reason)).toEqual(['另一种理由']);
    behind.close();
    other.close();
  });

  it('refuses a revision whose packHash is not its pack’s, and writes the others before it', async () => {
    const file = await backupOf(await withPacks(memoryWorkspace(), '从严', '更严'));
    const forged = { ...file, packs: file.packs?.map((r) => (r.revision === 2 ? { ...r, pack: pack(2, '伪造') } : r)) };
    const target = await open('backup-packs-forged');
    const { applied } = await restore(target, forged);
    expect(applied.ok && applied.value.added).toEqual(['pack:1']);
    expect(applied.ok && applied.value.skipped).toEqual(['pack:2']);
    expect(applied.problems?.map((p) => p.code)).toContain('import/invalid');
    const listed = await target.listPackRevisions();
    expect(listed.ok && listed.value.map((r) => r.revision)).toEqual([1]);
    target.close();
  });
});

describe('backup files and packs', () => {
  const base = {
    format: 'dunning-workspace',
    version: 1,
    exportedAt: '2024-05-01T08:00:00.000Z',
    templates: [],
    versions: [],
    reviews: [],
    userSamples: [],
    audit: [],
  };

  it('still reads a backup made before packs were backed up, and plans no pack', () => {
    const r = parseWorkspaceImport(JSON.stringify(base));
    expect(r.ok).toBe(true);
    if (r.ok) expect(planImport({ ...r.value, packs: [] }, r.value).add).toEqual([]);
  });

  it('refuses an invalid pack revision by its JSON path', async () => {
    const record = { ...revision(1), packHash: await sha256Hex(canonicalJson(pack(1))), reason: '' };
    const r = parseWorkspaceImport(JSON.stringify({ ...base, packs: [record] }));
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path])).toEqual([['import/invalid', ['packs', 0, 'reason']]]);
  });
});
