import { describe, expect, it } from 'vitest';
import { BACKENDS, codes, draftContent } from './helpers';

describe.each(BACKENDS)('corrupt records on %s', (_name, open) => {
  it('skips a corrupt draft and reports it with its key and JSON path', async () => {
    const ws = await open('corrupt');
    await ws.saveDraft(draftContent('good'), 0);
    await ws.backend.put('templates', {
      id: 'bad',
      name: 'x',
      source: 42,
      meta: { audience: 'debtor' },
      revision: 1,
      updatedAt: 'now',
    });
    const list = await ws.listTemplates();
    expect(list.ok).toBe(true);
    expect(list.ok && list.value.map((t) => t.id)).toEqual(['good']);
    expect(new Set(codes(list))).toEqual(new Set(['storage/corrupt']));
    expect(list.problems?.map((p) => [p.file, p.path?.join('.')])).toEqual([
      ['templates/bad', 'source'],
      ['templates/bad', 'updatedAt'],
    ]);
    const one = await ws.getTemplate('bad');
    expect(codes(one)).toContain('storage/corrupt');
    ws.close();
  });

  it('skips corrupt versions, audit entries and samples, and leaves them out of the export', async () => {
    const ws = await open('corrupt-all');
    await ws.backend.add('versions', { id: 'x@1', templateId: 'x' });
    await ws.backend.add('audit', { at: 'yesterday', actor: 'a', action: 'deleted' });
    await ws.backend.put('userSamples', { id: 'Bad Id' });
    await ws.recordExport('张三', ['t1']);
    const exported = await ws.exportWorkspace();
    expect(
      exported.ok && [exported.value.versions.length, exported.value.audit.length, exported.value.userSamples.length],
    ).toEqual([0, 1, 0]);
    const files = new Set(exported.problems?.map((p) => p.file));
    expect(files).toEqual(new Set(['versions/x@1', 'audit/1', 'userSamples/Bad Id']));
    ws.close();
  });

  it('falls back to default settings and reports a corrupt settings record', async () => {
    const ws = await open('settings');
    await ws.backend.put('settings', { displayName: 7, role: 'admin' }, 'app');
    const s = await ws.getSettings();
    expect(s.ok && s.value).toEqual({ displayName: '', role: 'writer', language: 'zh-CN' });
    expect(codes(s)).toEqual(['storage/corrupt', 'storage/corrupt']);
    ws.close();
  });
});
