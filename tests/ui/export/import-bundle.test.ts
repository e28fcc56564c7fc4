import { describe, expect, it } from 'vitest';
import { fingerprint, generateSigningKey } from '../../../src/core/bundle/index';
import type { Report } from '../../../src/core/types';
import { applyBundleImport } from '../../../src/ui/export/apply-bundle-import';
import { buildVerifiedBundle } from '../../../src/ui/export/build-bundle';
import { bundleInputFor } from '../../../src/ui/export/bundle-input';
import { exportCandidates } from '../../../src/ui/export/exportable';
import { checkBundleFile, planBundleImport } from '../../../src/ui/export/import-plan';
import { HASH_R, HASH_S, approvedTemplate, cleanReport, codes, memoryWorkspace, snapshot } from './helpers';

const ENV = {
  generator: { name: 'dunning-studio', version: '0.1.0' },
  ruleset: { hash: HASH_R, ruleCount: 42 },
  samplesHash: HASH_S,
  sequence: 1,
};
const HERE = { rulesetHash: HASH_R, samplesHash: HASH_S };

/** A bundle text exported from a workspace with t1 (warning justified) and t2 approved. */
async function exported(signer?: Awaited<ReturnType<typeof generateSigningKey>>): Promise<string> {
  const ws = memoryWorkspace();
  await approvedTemplate(
    ws,
    't1',
    '【钱站】{{ borrower.name }}您好',
    { audience: 'debtor', stage: 'D+1' },
    { warn: true },
  );
  await approvedTemplate(ws, 't2');
  const candidates = await exportCandidates({ ...(await snapshot(ws)), ...HERE });
  const built = await buildVerifiedBundle(
    bundleInputFor(candidates, ENV).input,
    signer && { privateKey: signer.privateKey, publicJwk: signer.publicJwk },
  );
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.value.text;
}

const check = async (): Promise<Report> => cleanReport;
const blocking = async (): Promise<Report> => ({
  ...cleanReport,
  verdict: 'block',
  findings: [
    {
      ruleId: 'no-threat',
      messageId: 'no-threat',
      vars: {},
      category: 'threat',
      severity: 'error',
      target: 'source',
      start: 0,
      end: 1,
    },
  ],
});

describe('checkBundleFile', () => {
  it('accepts an unsigned bundle with a bundle/unsigned warning that asks for confirmation', async () => {
    const r = await checkBundleFile(await exported(), { trusted: [] });
    expect(r.ok && r.value.signer).toEqual({ kind: 'unsigned' });
    expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual(['bundle/unsigned']);
  });

  it('names the signer when the bundle is signed by this browser or a trusted key', async () => {
    const key = await generateSigningKey();
    const fp = await fingerprint(key.publicJwk);
    const text = await exported(key);
    const own = await checkBundleFile(text, { own: fp, trusted: [] });
    expect(own.ok && own.value.signer).toEqual({ kind: 'own', fingerprint: fp });
    expect(own.ok && own.value.warnings).toEqual([]);
    const trusted = await checkBundleFile(text, { own: 'aa', trusted: [{ fingerprint: fp, label: '总部' }] });
    expect(trusted.ok && trusted.value.signer).toEqual({ kind: 'trusted', fingerprint: fp, label: '总部' });
  });

  it('accepts a bundle signed by an unknown key with a bundle/untrusted-key warning naming the key', async () => {
    const key = await generateSigningKey();
    const fp = await fingerprint(key.publicJwk);
    const r = await checkBundleFile(await exported(key), { own: 'aa', trusted: [] });
    expect(r.ok && r.value.signer).toEqual({ kind: 'unknown', fingerprint: fp });
    expect(r.ok && r.value.warnings.map((w) => [w.code, w.message.includes(fp)])).toEqual([
      ['bundle/untrusted-key', true],
    ]);
  });

  it('refuses an expired bundle with bundle/expired', async () => {
    const text = await exported();
    const notAfter = JSON.parse(text).notAfter as string;
    const later = new Date(Date.parse(notAfter) + 1);
    expect(codes(await checkBundleFile(text, { trusted: [] }, { now: later }))).toEqual(['bundle/expired']);
  });

  it.each([
    [
      'one character of a source',
      (b: any) => void (b.templates[0].source += '。'),
      ['bundle/template-hash', 'bundle/approval-hash', 'bundle/hash'],
    ],
    ['the approval note', (b: any) => void (b.templates[0].approval.note = '随便发'), ['bundle/hash']],
    ['a removed template', (b: any) => void b.templates.pop(), ['bundle/policy', 'bundle/hash']],
  ])('refuses a bundle whose %s was changed, with the reasons', async (_label, tamper, expected) => {
    const b = JSON.parse(await exported());
    tamper(b);
    expect(codes(await checkBundleFile(JSON.stringify(b), { trusted: [] }))).toEqual(expected);
  });

  it('refuses text with a key twice in one object with bundle/json, whatever JSON.parse keeps', async () => {
    const text = await exported();
    const doubled = text.replace('"source": ', '"source": "【钱站】请立即还款，否则上门", "source": ');
    expect(doubled).not.toBe(text);
    expect(codes(await checkBundleFile(doubled, { trusted: [] }))).toEqual(['bundle/json']);
  });

  it('refuses text that is not JSON with bundle/json naming the file, line and column', async () => {
    const r = await checkBundleFile('{\n  "format": ', { trusted: [] }, { file: 'x.dunning.json' });
    expect(r.problems?.map((p) => [p.code, p.file, p.line])).toEqual([['bundle/json', 'x.dunning.json', 2]]);
  });
});

describe('planBundleImport and applyBundleImport', () => {
  /** A bundle signed by this browser's key: no confirmation of origin needed. */
  async function checked() {
    const key = await generateSigningKey();
    const r = await checkBundleFile(await exported(key), { own: await fingerprint(key.publicJwk), trusted: [] });
    if (!r.ok) throw new Error('bundle');
    return r.value;
  }

  it('adds new templates as approved versions bound to the approval hash, with an imported audit entry', async () => {
    const { bundle, signer } = await checked();
    const ws = memoryWorkspace();
    const plan = planBundleImport(bundle, { ...(await snapshot(ws)), ...HERE });
    expect(plan.items.map((i) => i.kind)).toEqual(['new', 'new']);
    expect(plan.otherRules).toBe(false);
    const outcome = await applyBundleImport(ws, bundle, plan, {
      confirmed: [],
      actor: '赵运维',
      check,
      signer,
      ...HERE,
    });
    expect(outcome).toEqual({ imported: ['t1', 't2'], skipped: [] });
    const s = await snapshot(ws);
    for (const t of bundle.templates) {
      const approved = s.reviews.filter((r) => r.templateId === t.id && r.status === 'approved');
      expect(approved.map((r) => [r.reviewer, r.note, r.contentHash])).toEqual([
        [t.approval.reviewer, t.approval.note, t.approval.contentHash],
      ]);
      expect((await ws.templateStatus(t.id, t.approval.contentHash)).ok).toBe(true);
    }
    const t1 = s.reviews.find((r) => r.templateId === 't1' && r.status === 'approved');
    expect(t1?.justifications).toEqual([{ ruleId: 'tone-urgent', text: '语气可接受' }]);
    const again = await exportCandidates({ ...s, ...HERE });
    expect(again.map((c) => c.blocked ?? 'ok')).toEqual(['ok', 'ok']);
    const audit = await ws.listAudit();
    expect(audit.ok && audit.value.filter((e) => e.action === 'imported').map((e) => [e.templateId, e.actor])).toEqual([
      ['t1', '赵运维'],
      ['t2', '赵运维'],
    ]);
  });

  it('skips templates already approved here with the same content', async () => {
    const { bundle, signer } = await checked();
    const ws = memoryWorkspace();
    await applyBundleImport(ws, bundle, planBundleImport(bundle, { ...(await snapshot(ws)), ...HERE }), {
      confirmed: [],
      actor: 'a',
      check,
      signer,
      ...HERE,
    });
    const plan = planBundleImport(bundle, { ...(await snapshot(ws)), ...HERE });
    expect(plan.items.map((i) => i.kind)).toEqual(['identical', 'identical']);
    const outcome = await applyBundleImport(ws, bundle, plan, {
      confirmed: ['t1', 't2'],
      actor: 'a',
      check,
      signer,
      ...HERE,
    });
    expect(outcome.skipped.map((s) => s.reason)).toEqual(['identical', 'identical']);
  });

  it('lists an existing id with other content as a conflict and leaves it alone unless confirmed', async () => {
    const { bundle, signer } = await checked();
    const ws = memoryWorkspace();
    await ws.createTemplate({ id: 't1', name: '本地', source: '【钱站】本地草稿', meta: { audience: 'debtor' } }, 'me');
    const plan = planBundleImport(bundle, { ...(await snapshot(ws)), ...HERE });
    expect(plan.items.map((i) => i.kind)).toEqual(['conflict', 'new']);
    const skipped = await applyBundleImport(ws, bundle, plan, { confirmed: [], actor: 'a', check, signer, ...HERE });
    expect(skipped.imported).toEqual(['t2']);
    expect(skipped.skipped).toEqual([{ id: 't1', reason: 'conflict' }]);
    const draft = await ws.getTemplate('t1');
    expect(draft.ok && draft.value?.source).toBe('【钱站】本地草稿');
  });

  it('keeps the local draft as a version before replacing it when a conflict is confirmed', async () => {
    const { bundle, signer } = await checked();
    const ws = memoryWorkspace();
    await ws.createTemplate({ id: 't1', name: '本地', source: '【钱站】本地草稿', meta: { audience: 'debtor' } }, 'me');
    const plan = planBundleImport(bundle, { ...(await snapshot(ws)), ...HERE });
    const outcome = await applyBundleImport(ws, bundle, plan, {
      confirmed: ['t1'],
      actor: 'a',
      check,
      signer,
      ...HERE,
    });
    expect(outcome.imported).toEqual(['t1', 't2']);
    const versions = await ws.listVersions('t1');
    expect(versions.ok && versions.value.map((v) => v.source)).toEqual([
      '【钱站】本地草稿',
      bundle.templates[0]?.source,
    ]);
    const candidates = await exportCandidates({ ...(await snapshot(ws)), ...HERE });
    expect(candidates.find((c) => c.templateId === 't1')?.blocked).toBeUndefined();
  });

  it('does not approve a template that the current rules block', async () => {
    const { bundle, signer } = await checked();
    const ws = memoryWorkspace();
    const plan = planBundleImport(bundle, { ...(await snapshot(ws)), ...HERE });
    const outcome = await applyBundleImport(ws, bundle, plan, {
      confirmed: [],
      actor: 'a',
      check: blocking,
      signer,
      ...HERE,
    });
    expect(outcome.imported).toEqual([]);
    expect(outcome.skipped.map((s) => [s.id, s.reason, codes(s)])).toEqual([
      ['t1', 'failed', ['review/blocked']],
      ['t2', 'failed', ['review/blocked']],
    ]);
    const reviews = await ws.listReviews();
    expect(reviews.ok && reviews.value.filter((r) => r.status === 'approved')).toEqual([]);
  });

  it('says when the bundle was approved under other rules than this workspace uses', async () => {
    const { bundle } = await checked();
    const plan = planBundleImport(bundle, {
      drafts: [],
      reviews: [],
      rulesetHash: '9'.repeat(64),
      samplesHash: HASH_S,
    });
    expect(plan.otherRules).toBe(true);
  });

  it.each([
    ['unsigned', undefined],
    ['signed by an unknown key', 'unknown'],
  ] as const)('imports a bundle %s only after the origin is confirmed, and records who confirmed it', async (_l, k) => {
    const key = k ? await generateSigningKey() : undefined;
    const r = await checkBundleFile(await exported(key), { own: 'aa', trusted: [] });
    if (!r.ok) throw new Error('bundle');
    const { bundle, signer } = r.value;
    const ws = memoryWorkspace();
    const opts = { confirmed: [], actor: '赵运维', check, signer, ...HERE };
    const refused = await applyBundleImport(
      ws,
      bundle,
      planBundleImport(bundle, { ...(await snapshot(ws)), ...HERE }),
      opts,
    );
    expect(refused.imported).toEqual([]);
    expect(refused.skipped.map((s) => [s.id, s.reason, codes(s)])).toEqual([
      ['t1', 'unconfirmed', ['import/unconfirmed']],
      ['t2', 'unconfirmed', ['import/unconfirmed']],
    ]);
    expect((await snapshot(ws)).drafts).toEqual([]);

    const plan = planBundleImport(bundle, { ...(await snapshot(ws)), ...HERE });
    const outcome = await applyBundleImport(ws, bundle, plan, { ...opts, originConfirmed: true });
    expect(outcome.imported).toEqual(['t1', 't2']);
    const audit = await ws.listAudit();
    const details = audit.ok ? audit.value.filter((e) => e.action === 'imported').map((e) => e.detail ?? '') : [];
    expect(details).toHaveLength(2);
    for (const d of details) expect(d).toContain('origin confirmed by 赵运维');
    const versions = await ws.listVersions('t1');
    expect(versions.ok && versions.value.map((v) => v.message.includes('origin confirmed by 赵运维'))).toEqual([true]);
  });
});
