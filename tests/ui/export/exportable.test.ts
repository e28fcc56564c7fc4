import { describe, expect, it } from 'vitest';
import { exportCandidates } from '../../../src/ui/export/exportable';
import { HASH_R, HASH_S, approvedTemplate, cleanReport, memoryWorkspace, snapshot } from './helpers';

const OTHER = '9'.repeat(64);

async function candidatesAfter(
  setup: (ws: ReturnType<typeof memoryWorkspace>) => Promise<void>,
  hashes = { rulesetHash: HASH_R, samplesHash: HASH_S },
) {
  const ws = memoryWorkspace();
  await setup(ws);
  const list = await exportCandidates({ ...(await snapshot(ws)), ...hashes });
  return Object.fromEntries(list.map((c) => [c.templateId, c]));
}

describe('exportCandidates', () => {
  it('offers a template whose approved version is the draft as it is now', async () => {
    const c = await candidatesAfter(async (ws) => void (await approvedTemplate(ws, 't1')));
    expect(c.t1?.blocked).toBeUndefined();
    expect(c.t1?.status).toBe('approved');
    expect(c.t1?.version?.id).toBe('t1@1');
    expect(c.t1?.review?.status).toBe('approved');
  });

  it.each([
    ['never submitted', 'draft'],
    ['in review', 'in_review'],
    ['sent back', 'changes_requested'],
  ] as const)('reports not-approved when the template is %s', async (_label, status) => {
    const c = await candidatesAfter(async (ws) => {
      const created = await ws.createTemplate(
        { id: 't1', name: 'n', source: '【钱站】您好', meta: { audience: 'debtor' } },
        'w',
      );
      if (!created.ok || status === 'draft') return;
      const v = await ws.saveVersion({
        draft: created.value,
        message: 'm',
        author: 'w',
        report: cleanReport,
        rulesetHash: HASH_R,
        samplesHash: HASH_S,
      });
      if (!v.ok) throw new Error('save');
      await ws.submitVersion(v.value.id, { name: 'w', role: 'writer' });
      if (status === 'changes_requested')
        await ws.requestChanges({ versionId: v.value.id, reviewer: { name: 'r', role: 'reviewer' }, note: '改' });
    });
    expect([c.t1?.blocked, c.t1?.status]).toEqual(['not-approved', status]);
  });

  it.each([
    ['source', { source: '【钱站】改过了' }],
    ['meta', { meta: { audience: 'debtor' as const, stage: 'D+1', maxPerDay: 2 } }],
  ])('reports changed-since-approval when the draft %s changed after approval', async (_label, change) => {
    const c = await candidatesAfter(async (ws) => {
      await approvedTemplate(ws, 't1');
      const d = await ws.getTemplate('t1');
      if (!d.ok || !d.value) throw new Error('draft');
      await ws.saveDraft({ ...d.value, ...change }, d.value.revision);
    });
    expect([c.t1?.blocked, c.t1?.status]).toEqual(['changed-since-approval', 'changed_since_approval']);
    expect(c.t1?.version?.source).toBe('【钱站】{{ borrower.name }}您好，t1');
  });

  it.each([
    ['ruleset-changed', { rulesetHash: OTHER, samplesHash: HASH_S }],
    ['samples-changed', { rulesetHash: HASH_R, samplesHash: OTHER }],
  ] as const)('reports %s when checks now run under other hashes', async (reason, hashes) => {
    const c = await candidatesAfter(async (ws) => void (await approvedTemplate(ws, 't1')), hashes);
    expect(c.t1?.blocked).toBe(reason);
  });

  it('reports version-missing when the approved version cannot be read', async () => {
    const ws = memoryWorkspace();
    await approvedTemplate(ws, 't1');
    const s = await snapshot(ws);
    const list = await exportCandidates({ ...s, versions: [], rulesetHash: HASH_R, samplesHash: HASH_S });
    expect(list.map((c) => c.blocked)).toEqual(['version-missing']);
  });

  it('reports version-mismatch when the stored version is not what the approval covers', async () => {
    const ws = memoryWorkspace();
    await approvedTemplate(ws, 't1');
    const s = await snapshot(ws);
    const versions = s.versions.map((v) => ({ ...v, source: `${v.source}!` }));
    const list = await exportCandidates({ ...s, versions, rulesetHash: HASH_R, samplesHash: HASH_S });
    expect(list.map((c) => c.blocked)).toEqual(['version-mismatch']);
  });

  it('judges each template on its own', async () => {
    const c = await candidatesAfter(async (ws) => {
      await approvedTemplate(ws, 'ok-1');
      await approvedTemplate(ws, 'ok-2');
      await ws.createTemplate({ id: 'draft-only', name: 'n', source: 's', meta: { audience: 'debtor' } }, 'w');
    });
    expect(Object.fromEntries(Object.entries(c).map(([id, x]) => [id, x.blocked ?? 'ok']))).toEqual({
      'ok-1': 'ok',
      'ok-2': 'ok',
      'draft-only': 'not-approved',
    });
  });
});
