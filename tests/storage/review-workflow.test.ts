import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/review/content-hash';
import type { Actor } from '../../src/core/review/schemas';
import { BACKENDS, blockReport, cleanReport, codes, draftContent, HASH_R, HASH_S, warnReport } from './helpers';

const writer: Actor = { name: '张三', role: 'writer' };
const reviewer: Actor = { name: '李四', role: 'reviewer' };
const hashOf = (source: string): Promise<string> =>
  contentHash({ source, meta: { audience: 'debtor' }, rulesetHash: HASH_R, samplesHash: HASH_S });

describe.each(BACKENDS)('review workflow on %s', (_name, open) => {
  it('goes draft → in_review → approved → changed_since_approval and logs each step', async () => {
    const ws = await open('flow');
    const draft = draftContent('t1', '【钱站】您好');
    const created = await ws.createTemplate(draft, writer.name);
    if (!created.ok) throw new Error('create');
    const status = async (source: string) => {
      const r = await ws.templateStatus('t1', await hashOf(source));
      return r.ok ? r.value : r.problems;
    };
    expect(await status(draft.source)).toBe('draft');
    const v = await ws.saveVersion({
      draft,
      message: '初稿',
      author: writer.name,
      report: warnReport,
      rulesetHash: HASH_R,
      samplesHash: HASH_S,
    });
    if (!v.ok) throw new Error('version');
    expect(v.value.contentHash).toBe(await hashOf(draft.source));
    expect((await ws.submitVersion(v.value.id, writer)).ok).toBe(true);
    expect(await status(draft.source)).toBe('in_review');
    const approved = await ws.approveVersion({
      versionId: v.value.id,
      reviewer,
      report: warnReport,
      note: '同意',
      currentHash: v.value.contentHash,
      justifications: [{ ruleId: 'tone-urgent', text: '符合话术规范' }],
    });
    expect(approved.ok && [approved.value.status, approved.value.contentHash, approved.value.justifications]).toEqual([
      'approved',
      v.value.contentHash,
      [{ ruleId: 'tone-urgent', text: '符合话术规范' }],
    ]);
    expect(await status(draft.source)).toBe('approved');
    await ws.saveDraft({ ...draft, source: '【钱站】您好！' }, 1);
    expect(await status('【钱站】您好！')).toBe('changed_since_approval');
    const log = await ws.listAudit();
    expect(log.ok && log.value.map((e) => e.action)).toEqual(['created', 'version_saved', 'submitted', 'approved']);
    ws.close();
  });

  it('refuses approval by the author, without justification, or of a version not in review', async () => {
    const ws = await open('refuse');
    const v = await ws.saveVersion({
      draft: draftContent(),
      message: 'm',
      author: reviewer.name,
      report: warnReport,
      rulesetHash: HASH_R,
      samplesHash: HASH_S,
    });
    if (!v.ok) throw new Error('version');
    const early = await ws.approveVersion({
      versionId: v.value.id,
      reviewer: { name: '王五', role: 'reviewer' },
      report: warnReport,
      note: '',
      justifications: [{ ruleId: 'tone-urgent', text: 'ok' }],
    });
    expect(codes(early)).toEqual(['review/not-submitted']);
    await ws.submitVersion(v.value.id, writer);
    const own = await ws.approveVersion({
      versionId: v.value.id,
      reviewer,
      report: warnReport,
      note: '',
      justifications: [],
    });
    expect(codes(own).sort()).toEqual(['review/justification-missing', 'review/self-approval']);
    expect(codes(await ws.submitVersion(v.value.id, writer))).toEqual(['review/already-submitted']);
    const reviews = await ws.listReviews({ versionId: v.value.id });
    expect(reviews.ok && reviews.value.map((r) => r.status)).toEqual(['in_review']);
    ws.close();
  });

  it('refuses to submit or approve a version record whose content was edited in the database after it was hashed', async () => {
    const ws = await open('tampered');
    const draft = draftContent('t1', '【钱站】您好');
    await ws.createTemplate(draft, writer.name);
    const v = await ws.saveVersion({
      draft,
      message: '初稿',
      author: writer.name,
      report: cleanReport,
      rulesetHash: HASH_R,
      samplesHash: HASH_S,
    });
    if (!v.ok) throw new Error('version');
    const raw = (await ws.backend.get('versions', v.value.id)) as Record<string, unknown>;
    await ws.backend.add('versions', { ...raw, id: 't1@2', number: 2, source: '【钱站】三天内不还款就上门' }, 't1@2');
    expect(codes(await ws.submitVersion('t1@2', writer))).toEqual(['storage/corrupt']);
    // the same edit made while the version was already in review
    expect((await ws.submitVersion(v.value.id, writer)).ok).toBe(true);
    const approved = await ws.approveVersion({
      versionId: 't1@2',
      reviewer,
      report: cleanReport,
      note: '',
      justifications: [],
    });
    expect(approved.ok).toBe(false);
    expect(codes(approved)).toContain('storage/corrupt');
    ws.close();
  });

  it('refuses to submit a blocked version and lets a reviewer send a version back with a note', async () => {
    const ws = await open('back');
    const base = { message: 'm', author: writer.name, rulesetHash: HASH_R, samplesHash: HASH_S };
    const blocked = await ws.saveVersion({ ...base, draft: draftContent('t1', '不还钱后果自负'), report: blockReport });
    if (!blocked.ok) throw new Error('version');
    expect(codes(await ws.submitVersion(blocked.value.id, writer))).toEqual(['review/blocked']);
    const clean = await ws.saveVersion({ ...base, draft: draftContent('t1', '【钱站】您好'), report: cleanReport });
    if (!clean.ok) throw new Error('version');
    await ws.submitVersion(clean.value.id, writer);
    expect(codes(await ws.requestChanges({ versionId: clean.value.id, reviewer, note: ' ' }))).toEqual([
      'review/note-missing',
    ]);
    const back = await ws.requestChanges({ versionId: clean.value.id, reviewer, note: '补充还款渠道' });
    expect(back.ok && back.value.status).toBe('changes_requested');
    const status = await ws.templateStatus('t1', clean.value.contentHash);
    expect(status.ok && status.value).toBe('changes_requested');
    expect((await ws.submitVersion(clean.value.id, writer)).ok).toBe(true);
    ws.close();
  });
});
