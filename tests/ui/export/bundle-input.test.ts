import { describe, expect, it } from 'vitest';
import { generateSigningKey, verifyBundle } from '../../../src/core/bundle/index';
import { buildVerifiedBundle } from '../../../src/ui/export/build-bundle';
import { bundleFileName, bundleInputFor } from '../../../src/ui/export/bundle-input';
import { exportCandidates } from '../../../src/ui/export/exportable';
import { HASH_R, HASH_S, approvedTemplate, codes, memoryWorkspace, snapshot } from './helpers';

const ENV = {
  generator: { name: 'dunning-studio', version: '0.1.0' },
  ruleset: { hash: HASH_R, ruleCount: 42 },
  samplesHash: HASH_S,
  createdAt: '2024-06-01T00:00:00.000Z',
  notAfter: '2100-01-01T00:00:00.000Z',
  sequence: 4,
};

async function setup() {
  const ws = memoryWorkspace();
  await approvedTemplate(
    ws,
    't1',
    '【钱站】{{ borrower.name }}您好',
    { audience: 'debtor', stage: 'D+1' },
    { warn: true },
  );
  await approvedTemplate(ws, 't2');
  const d = await ws.getTemplate('t2');
  if (!d.ok || !d.value) throw new Error('draft');
  await ws.saveDraft({ ...d.value, source: '【钱站】草稿里改的' }, d.value.revision);
  const s = await snapshot(ws);
  return { ws, s, candidates: await exportCandidates({ ...s, rulesetHash: HASH_R, samplesHash: HASH_S }) };
}

describe('bundleInputFor', () => {
  it('builds templates from the approved version with the approval of its review', async () => {
    const { s, candidates } = await setup();
    const { input, refused } = bundleInputFor(candidates, ENV);
    expect(refused.map((c) => c.templateId)).toEqual(['t2']);
    const review = s.reviews.find((r) => r.templateId === 't1' && r.status === 'approved');
    expect(input.ruleset).toEqual({ hash: HASH_R, ruleCount: 42 });
    expect([input.sequence, input.notAfter]).toEqual([4, '2100-01-01T00:00:00.000Z']);
    expect(input.samples).toEqual({ hash: HASH_S });
    expect(input.templates).toEqual([
      {
        id: 't1',
        name: '模板 t1',
        stage: 'D+1',
        meta: { audience: 'debtor', stage: 'D+1' },
        source: '【钱站】{{ borrower.name }}您好',
        approval: {
          reviewer: '王法务',
          approvedAt: review?.decidedAt,
          note: '同意发送',
          reportSummary: { verdict: 'warn', score: 90, counts: { error: 0, warning: 1, info: 0 } },
          justifications: [{ ruleId: 'tone-urgent', text: '语气可接受' }],
          contentHash: review?.contentHash,
        },
      },
    ]);
  });

  it('refuses a candidate approved under another ruleset than the bundle names', async () => {
    const { candidates } = await setup();
    const { input, refused } = bundleInputFor(candidates, { ...ENV, ruleset: { hash: '9'.repeat(64), ruleCount: 1 } });
    expect([input.templates.length, refused.length]).toEqual([0, 2]);
  });
});

describe('buildVerifiedBundle', () => {
  it('returns a signed bundle text that verifies against the signing key only', async () => {
    const { candidates } = await setup();
    const key = await generateSigningKey();
    const built = await buildVerifiedBundle(bundleInputFor(candidates, ENV).input, {
      privateKey: key.privateKey,
      publicJwk: key.publicJwk,
    });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.value.bundle.templates.map((t) => t.id)).toEqual(['t1']);
    expect([built.value.bundle.sequence, built.value.bundle.trust.kind]).toEqual([4, 'trusted']);
    expect((await verifyBundle(built.value.text, { trustedKeys: [key.publicJwk] })).ok).toBe(true);
    const other = await generateSigningKey();
    expect(codes(await verifyBundle(built.value.text, { trustedKeys: [other.publicJwk] }))).toEqual([
      'bundle/untrusted-key',
    ]);
  });

  it('returns an unsigned bundle when no signer is given', async () => {
    const { candidates } = await setup();
    const built = await buildVerifiedBundle(bundleInputFor(candidates, ENV).input);
    expect(built.ok && built.value.bundle.signature).toBeUndefined();
    expect(built.ok && JSON.parse(built.value.text).bundleHash).toBe(built.ok && built.value.bundle.bundleHash);
  });

  it('reports bundle/expired instead of a download when the validity has already passed', async () => {
    const { candidates } = await setup();
    const env = { ...ENV, notAfter: '2024-06-02T00:00:00.000Z' };
    expect(codes(await buildVerifiedBundle(bundleInputFor(candidates, env).input))).toEqual(['bundle/expired']);
  });

  it('reports export/empty when nothing is chosen', async () => {
    expect(codes(await buildVerifiedBundle(bundleInputFor([], ENV).input))).toEqual(['export/empty']);
  });
});

describe('bundleFileName', () => {
  it.each([
    ['D+1 提醒', 'D+1 提醒.dunning.json'],
    ['a/b:c', 'a-b-c.dunning.json'],
    ['x.dunning.json', 'x.dunning.json'],
    ['  ', 'bundle.dunning.json'],
    ['..', 'bundle.dunning.json'],
  ])('names %j as %j', (name, file) => {
    expect(bundleFileName(name)).toBe(file);
  });
});

describe('the rule pack in an export', () => {
  it('carries the pack in use so the bundle names it and the sending system checks under it', async () => {
    const pack = { packVersion: 1 as const, name: '钱站法务规则包', revision: 2 };
    const { input } = bundleInputFor([], { ...ENV, pack });
    expect(input.pack).toEqual(pack);
    expect(bundleInputFor([], ENV).input).not.toHaveProperty('pack');
  });
});
