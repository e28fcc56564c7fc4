import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/review/content-hash';
import type { Actor } from '../../src/core/review/schemas';
import type { Report } from '../../src/core/types';
import type { Workspace } from '../../src/storage/workspace';
import { BACKENDS, codes, draftContent, HASH_R, HASH_S, warnReport } from './helpers';

const writer: Actor = { name: '张三', role: 'writer' };
const reviewer: Actor = { name: '李四', role: 'reviewer' };
const NEW_SAMPLES = '3'.repeat(64);
const NEW_RULES = '4'.repeat(64);

/** 张三 writes t1, 李四 approves version 1 with a justified warning. */
async function approvedTemplate(ws: Workspace): Promise<string> {
  const draft = draftContent('t1', '【钱站】您好');
  await ws.createTemplate(draft, writer.name);
  const v = await ws.saveVersion({
    draft,
    message: '初稿',
    author: writer.name,
    report: warnReport,
    rulesetHash: HASH_R,
    samplesHash: HASH_S,
  });
  if (!v.ok) throw new Error('version');
  await ws.submitVersion(v.value.id, writer);
  const approved = await ws.approveVersion({
    versionId: v.value.id,
    reviewer,
    report: warnReport,
    note: '同意',
    justifications: [{ ruleId: 'tone-urgent', text: '符合话术规范' }],
  });
  if (!approved.ok) throw new Error('approve');
  return v.value.id;
}

const withNewFinding: Report = {
  ...warnReport,
  findings: [...warnReport.findings, { ...warnReport.findings[0]!, ruleId: 'no-threat', start: 3, end: 5 }],
};

describe.each(BACKENDS)('renewing an approval after the samples or rules changed (%s)', (_name, open) => {
  it('records the next version under the new hashes, approved, and logs what changed', async () => {
    const ws = await open('reconfirm');
    const versionId = await approvedTemplate(ws);
    const r = await ws.reconfirmApproval({
      versionId,
      reviewer,
      recheck: warnReport,
      rulesetHash: HASH_R,
      samplesHash: NEW_SAMPLES,
      message: '复核确认：样本已变更',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { version, review } = r.value;
    const hash = await contentHash({
      source: '【钱站】您好',
      meta: { audience: 'debtor' },
      rulesetHash: HASH_R,
      samplesHash: NEW_SAMPLES,
    });
    expect([version.id, version.author, version.samplesHash, version.contentHash, version.report.verdict]).toEqual([
      't1@2',
      '张三',
      NEW_SAMPLES,
      hash,
      'warn',
    ]);
    expect([review.status, review.reviewer, review.versionId, review.contentHash, review.justifications]).toEqual([
      'approved',
      '李四',
      't1@2',
      hash,
      [{ ruleId: 'tone-urgent', text: '符合话术规范' }],
    ]);
    const status = await ws.templateStatus('t1', hash);
    expect(status.ok && status.value).toBe('approved');
    const log = await ws.listAudit();
    const last = log.ok ? log.value.at(-1) : undefined;
    expect([last?.action, last?.actor, last?.versionId, last?.recheck]).toEqual([
      'approval_reconfirmed',
      '李四',
      't1@2',
      { changed: 'samples', fromVersionId: 't1@1', verdict: 'warn', rulesetHash: HASH_R, samplesHash: NEW_SAMPLES },
    ]);
    expect(last?.detail).toContain('samples changed');
    ws.close();
  });

  it('names a rule pack change as such', async () => {
    const ws = await open('reconfirm-rules');
    const versionId = await approvedTemplate(ws);
    const r = await ws.reconfirmApproval({
      versionId,
      reviewer,
      recheck: warnReport,
      rulesetHash: NEW_RULES,
      samplesHash: HASH_S,
      message: 'm',
    });
    const log = await ws.listAudit();
    expect(r.ok && log.ok && log.value.at(-1)?.recheck?.changed).toBe('rules');
    ws.close();
  });

  it.each<[string, { recheck?: Report; samplesHash?: string; reviewer?: Actor }, string[]]>([
    ['a re-check with a new finding', { recheck: withNewFinding }, ['review/recheck-differs']],
    ['nothing changed', { samplesHash: HASH_S }, ['review/unchanged']],
    ['the author confirming', { reviewer: { name: '张三', role: 'reviewer' } }, ['review/self-approval']],
  ])('refuses %s and writes nothing', async (_label, over, expected) => {
    const ws = await open('reconfirm-refused');
    const versionId = await approvedTemplate(ws);
    const r = await ws.reconfirmApproval({
      versionId,
      reviewer,
      recheck: warnReport,
      rulesetHash: HASH_R,
      samplesHash: NEW_SAMPLES,
      message: 'm',
      ...over,
    });
    expect(codes(r)).toEqual(expected);
    const versions = await ws.listVersions('t1');
    expect(versions.ok && versions.value.length).toBe(1);
    const log = await ws.listAudit();
    expect(log.ok && log.value.map((e) => e.action)).not.toContain('approval_reconfirmed');
    ws.close();
  });

  it('refuses a version that is not the approved one', async () => {
    const ws = await open('reconfirm-not-approved');
    const draft = draftContent('t1', '【钱站】您好');
    const v = await ws.saveVersion({
      draft,
      message: 'm',
      author: writer.name,
      report: warnReport,
      rulesetHash: HASH_R,
      samplesHash: HASH_S,
    });
    if (!v.ok) throw new Error('version');
    const r = await ws.reconfirmApproval({
      versionId: v.value.id,
      reviewer,
      recheck: warnReport,
      rulesetHash: HASH_R,
      samplesHash: NEW_SAMPLES,
      message: 'm',
    });
    expect(codes(r)).toEqual(['review/not-approved']);
    ws.close();
  });
});
