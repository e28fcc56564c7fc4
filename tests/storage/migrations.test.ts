import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openWorkspaceDb } from '../../src/storage/db';
import { openWorkspace } from '../../src/storage/open-workspace';
import { HASH_R, HASH_S, uniqueName } from './helpers';

async function seed(
  name: string,
  version: number,
  fill: (db: Awaited<ReturnType<typeof openDB>>) => Promise<void>,
): Promise<void> {
  const r = await openWorkspaceDb(name, { version });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  await fill(r.value);
  r.value.close();
}

const v1Draft = {
  id: 't-old',
  name: '老模板',
  source: '【钱站】您好',
  meta: { audience: 'debtor' as const },
  updatedAt: '2023-01-01T00:00:00.000Z',
};

describe('workspace database migrations', () => {
  it('creates every store of the current schema when no database exists', async () => {
    const r = await openWorkspaceDb(uniqueName('fresh'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe(DB_VERSION);
    expect([...r.value.objectStoreNames].sort()).toEqual([
      'audit',
      'keys',
      'packs',
      'reviews',
      'settings',
      'templates',
      'userSamples',
      'versions',
    ]);
    expect([...r.value.transaction('templates').store.indexNames]).toEqual(['byUpdatedAt']);
    r.value.close();
  });

  it('keeps v1 drafts and settings and stamps revision 1 on drafts when opening a v1 database', async () => {
    const name = uniqueName('v1');
    await seed(name, 1, async (db) => {
      await db.put('templates', v1Draft);
      await db.put('templates', { ...v1Draft, id: 't-rev', revision: 4 });
      await db.put('settings', { displayName: '张三', role: 'reviewer', language: 'en' }, 'app');
    });
    const ws = await openWorkspace({ dbName: name, fallbackToMemory: false });
    expect(ws.ok).toBe(true);
    if (!ws.ok) return;
    const templates = await ws.value.listTemplates();
    expect(templates.problems).toBeUndefined();
    expect(templates.ok && templates.value.map((t) => [t.id, t.revision]).sort()).toEqual([
      ['t-old', 1],
      ['t-rev', 4],
    ]);
    const settings = await ws.value.getSettings();
    expect(settings.ok && settings.value).toEqual({ displayName: '张三', role: 'reviewer', language: 'en' });
    const saved = await ws.value.saveDraft({ ...v1Draft, source: '【钱站】改' }, 1);
    expect(saved.ok && saved.value.revision).toBe(2);
    expect((await ws.value.putUserSample({ bad: true })).ok).toBe(false);
    ws.value.close();
  });

  it('keeps v2 versions, reviews and the audit log and adds userSamples when opening a v2 database', async () => {
    const name = uniqueName('v2');
    const version = {
      id: 't1@1',
      templateId: 't1',
      number: 1,
      name: 'n',
      source: 's',
      meta: { audience: 'debtor' },
      message: 'm',
      author: 'a',
      createdAt: '2024-01-01T00:00:00.000Z',
      rulesetHash: HASH_R,
      samplesHash: HASH_S,
      contentHash: HASH_R,
      report: {
        verdict: 'pass',
        score: 100,
        counts: { error: 0, warning: 0, info: 0 },
        problemCount: 0,
        findingIds: [],
        warningRuleIds: [],
      },
    };
    await seed(name, 2, async (db) => {
      await db.put('templates', { ...v1Draft, id: 't1', revision: 3 });
      await db.add('versions', version);
      await db.add('audit', {
        at: '2024-01-01T00:00:00.000Z',
        actor: 'a',
        action: 'version_saved',
        templateId: 't1',
        versionId: 't1@1',
      });
      expect(db.objectStoreNames.contains('userSamples')).toBe(false);
    });
    const ws = await openWorkspace({ dbName: name, fallbackToMemory: false });
    if (!ws.ok) throw new Error('open failed');
    const versions = await ws.value.listVersions('t1');
    expect(versions.ok && versions.value).toEqual([version]);
    const audit = await ws.value.listAudit();
    expect(audit.ok && audit.value.map((e) => [e.seq, e.action])).toEqual([[1, 'version_saved']]);
    await ws.value.recordExport('a', ['t1']);
    const after = await ws.value.listAudit();
    expect(after.ok && after.value.map((e) => [e.seq, e.action])).toEqual([
      [1, 'version_saved'],
      [2, 'exported'],
    ]);
    const t = await ws.value.getTemplate('t1');
    expect(t.ok && t.value?.revision).toBe(3);
    const sample = await ws.value.listUserSamples();
    expect(sample.ok && sample.value).toEqual([]);
    ws.value.close();
  });

  it('keeps v4 keys and drafts and adds an empty, append-only packs store when opening a v4 database', async () => {
    const name = uniqueName('v4');
    await seed(name, 4, async (db) => {
      await db.put('templates', { ...v1Draft, revision: 2 });
      await db.put('keys', { id: 'trusted:abc', kind: 'trusted', label: 'x' });
      expect(db.objectStoreNames.contains('packs')).toBe(false);
    });
    const ws = await openWorkspace({ dbName: name, fallbackToMemory: false });
    if (!ws.ok) throw new Error('open failed');
    const t = await ws.value.getTemplate('t-old');
    expect(t.ok && t.value?.revision).toBe(2);
    const packs = await ws.value.listPackRevisions();
    expect(packs.ok && packs.value).toEqual([]);
    ws.value.close();
    const raw = await openWorkspaceDb(name);
    if (!raw.ok) throw new Error('reopen failed');
    expect(raw.value.version).toBe(5);
    expect(await raw.value.get('keys', 'trusted:abc')).toEqual({ id: 'trusted:abc', kind: 'trusted', label: 'x' });
    raw.value.close();
  });
});
