import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/storage/import-plan';
import { parseWorkspaceImport } from '../../src/storage/workspace-file';
import { cleanReport, codes, draftContent, HASH_R, HASH_S, memoryWorkspace } from './helpers';
import type { Workspace } from '../../src/storage/workspace';

const sample = {
  id: 'my-borrower',
  label: '自建样本',
  borrower: { name: '王小明', gender: '男', id_number: '110101199003071234', phone: '13800138000' },
  loan: {
    contract_no: 'C1',
    principal: 1000,
    interest: 10,
    penalty: 0,
    amount_due: 1010,
    due_date: '2024-05-01',
    overdue_days: 3,
    bank_card: '6222020000000000',
  },
  platform: { name: '钱站', signature: '【钱站】', hotline: '400-000-0000', app_name: '钱站' },
  lender: { name: '某银行', short_name: '某行' },
  contacts: [],
};

async function seeded(): Promise<Workspace> {
  const ws = memoryWorkspace();
  await ws.createTemplate(draftContent('t1', '原文'), '张三');
  await ws.saveVersion({
    draft: draftContent('t1', '原文'),
    message: 'm',
    author: '张三',
    report: cleanReport,
    rulesetHash: HASH_R,
    samplesHash: HASH_S,
  });
  expect((await ws.putUserSample(sample)).ok).toBe(true);
  return ws;
}

const exportOf = async (ws: Workspace) => {
  const r = await ws.exportWorkspace();
  if (!r.ok) throw new Error('export');
  return parseWorkspaceImport(JSON.parse(JSON.stringify(r.value)));
};

describe('workspace export and import', () => {
  it('round-trips a workspace: everything is added, then everything is identical', async () => {
    const source = await seeded();
    const file = await exportOf(source);
    if (!file.ok) throw new Error(JSON.stringify(file.problems));
    expect([
      file.value.format,
      file.value.version,
      file.value.templates.length,
      file.value.versions.length,
      file.value.userSamples.length,
    ]).toEqual(['dunning-workspace', 1, 1, 1, 1]);
    const target = memoryWorkspace();
    const empty = await target.exportWorkspace();
    if (!empty.ok) throw new Error('export');
    const plan = planImport(empty.value, file.value);
    expect(plan.add.map((i) => i.key)).toEqual(['template:t1', 'version:t1@1', 'userSample:my-borrower']);
    const applied = await target.applyImport(plan, { overwrite: [] }, '李四');
    expect(applied.ok && applied.value.added.length).toBe(3);
    const now = await target.exportWorkspace();
    if (!now.ok) throw new Error('export');
    const again = planImport(now.value, file.value);
    expect([again.add.length, again.conflicts.length, again.identical.length]).toEqual([0, 0, 3]);
    const log = await target.listAudit();
    expect(log.ok && log.value.map((e) => e.action)).toEqual(['imported']);
  });

  it('overwrites a conflicting draft only when its key is confirmed, and never a version', async () => {
    const source = await seeded();
    const target = await seeded();
    await source.saveDraft(draftContent('t1', '对方改过'), 1);
    const mine = await target.exportWorkspace();
    const file = await exportOf(source);
    if (!mine.ok || !file.ok) throw new Error('export');
    const tamperedVersion = { ...file.value.versions[0]!, message: 'other' };
    const plan = planImport(mine.value, { ...file.value, versions: [tamperedVersion] });
    expect(plan.conflicts.map((c) => [c.key, c.overwritable])).toEqual([
      ['template:t1', true],
      ['version:t1@1', false],
    ]);

    const declined = await target.applyImport(plan, { overwrite: [] }, '李四');
    expect(declined.ok && declined.value.skipped).toEqual(['template:t1', 'version:t1@1']);
    const kept = await target.getTemplate('t1');
    expect(kept.ok && kept.value?.source).toBe('原文');

    const confirmed = await target.applyImport(
      plan,
      { overwrite: ['template:t1', 'version:t1@1', 'template:nope'] },
      '李四',
    );
    expect(confirmed.ok && confirmed.value.overwritten).toEqual(['template:t1']);
    expect(codes(confirmed).sort()).toEqual(['import/immutable', 'import/unknown-key']);
    const replaced = await target.getTemplate('t1');
    expect(replaced.ok && [replaced.value?.source, replaced.value?.revision]).toEqual(['对方改过', 2]);
    const version = await target.getVersion('t1@1');
    expect(version.ok && version.value?.message).toBe('m');
  });

  it('refuses to overwrite a draft that changed after the plan was made', async () => {
    const target = await seeded();
    const mine = await target.exportWorkspace();
    const file = await exportOf(await seeded());
    if (!mine.ok || !file.ok) throw new Error('export');
    const incoming = { ...file.value, templates: [{ ...file.value.templates[0]!, source: '导入的' }] };
    const plan = planImport(mine.value, incoming);
    await target.saveDraft(draftContent('t1', '此间又改'), 1);
    const r = await target.applyImport(plan, { overwrite: ['template:t1'] }, '李四');
    expect(codes(r)).toEqual(['storage/conflict']);
    const now = await target.getTemplate('t1');
    expect(now.ok && now.value?.source).toBe('此间又改');
  });

  it.each<[string, unknown, string, (string | number)[]]>([
    ['not JSON', '{oops', 'import/json', []],
    ['another format', { format: 'dunning-bundle', version: 1 }, 'import/invalid', ['format']],
    ['a bad version hash', 'VERSION_HASH', 'import/invalid', ['versions', 0, 'contentHash']],
  ])('rejects %s with a problem at its JSON path', async (_what, input, code, path) => {
    let value = input;
    if (input === 'VERSION_HASH') {
      const file = await exportOf(await seeded());
      if (!file.ok) throw new Error('export');
      value = { ...file.value, versions: [{ ...file.value.versions[0]!, contentHash: 'xyz' }] };
    }
    const r = parseWorkspaceImport(value);
    expect(r.ok).toBe(false);
    expect(r.problems?.[0]?.code).toBe(code);
    if (path.length > 0) expect(r.problems?.map((p) => p.path)).toContainEqual(path);
  });
});
