import { describe, expect, it } from 'vitest';
import { createBundle, generateSigningKey, signBundle, verifyBundle } from '../../src/core/bundle/index';
import type { RulePack } from '../../src/core/pack/schema';
import { HASH_A, HASH_B, NOT_AFTER, SEQUENCE, template } from './fixture';

const AT = '2026-12-06T10:00:00+08:00';
const PACK_A: RulePack = {
  packVersion: 1,
  name: '钱站法务规则包',
  revision: 3,
  overrides: { 'no-insults': { severity: 'error', reason: '本机构从严', by: '王律师', at: AT } },
};
const PACK_B: RulePack = {
  ...PACK_A,
  overrides: { 'no-insults': { ...PACK_A.overrides!['no-insults']!, severity: 'off' } },
};

async function bundleUnder(pack: RulePack | undefined) {
  return createBundle({
    createdAt: '2024-05-02T08:00:00.000Z',
    notAfter: NOT_AFTER,
    sequence: SEQUENCE,
    generator: { name: 'dunning-studio', version: '0.1.0' },
    ruleset: { hash: HASH_A, ruleCount: 50 },
    samples: { hash: HASH_B },
    templates: [await template('d-plus-1', '【钱站】{{ borrower.name }}您好，您的借款已逾期。')],
    ...(pack ? { pack } : {}),
  });
}

describe('bundles carry their rule pack', () => {
  it('names the pack in the ruleset and verifies signed', async () => {
    const key = await generateSigningKey();
    const bundle = await signBundle(await bundleUnder(PACK_A), key.privateKey, key.publicJwk);
    expect(bundle.ruleset.pack).toMatchObject({ name: '钱站法务规则包', revision: 3 });
    const r = await verifyBundle(JSON.stringify(bundle), { trustedKeys: [key.publicJwk] });
    expect(r.ok).toBe(true);
  });

  it('rejects a signed bundle whose pack was swapped for another one', async () => {
    const key = await generateSigningKey();
    const bundle = await signBundle(await bundleUnder(PACK_A), key.privateKey, key.publicJwk);
    const swapped = { ...bundle, pack: PACK_B };
    const r = await verifyBundle(JSON.stringify(swapped), { trustedKeys: [key.publicJwk] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toContain('bundle/pack');
  });

  it('rejects a bundle that drops the pack its ruleset names', async () => {
    const { pack: _pack, ...dropped } = await bundleUnder(PACK_A);
    const r = await verifyBundle(JSON.stringify(dropped), { allowUnsigned: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toContain('bundle/pack');
  });

  it('keeps bundles without a pack as they were', async () => {
    const bundle = await bundleUnder(undefined);
    expect(bundle).not.toHaveProperty('pack');
    expect(bundle.ruleset).not.toHaveProperty('pack');
    expect((await verifyBundle(JSON.stringify(bundle), { allowUnsigned: true })).ok).toBe(true);
  });
});
