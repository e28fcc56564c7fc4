import { describe, expect, it } from 'vitest';
import {
  computeBundleHash,
  createBundle,
  generateSigningKey,
  signBundle,
  stagePolicyOf,
  verifyBundle,
  type Bundle,
} from '../../src/core/bundle/index';
import { HASH_A, HASH_B, NOT_AFTER, smallBundle, template } from './fixture';

const UNSIGNED = { allowUnsigned: true } as const;
const codes = (r: { ok: boolean; problems?: { code: string }[] }) =>
  [...new Set((r.problems ?? []).map((p) => p.code))].sort();

async function bundleWith(stagePolicy?: 'exact-day' | 'latest-reached'): Promise<Bundle> {
  return createBundle({
    createdAt: '2024-05-02T08:00:00.000Z',
    notAfter: NOT_AFTER,
    sequence: 1,
    generator: { name: 'dunning-studio', version: '0.1.0' },
    ruleset: { hash: HASH_A, ruleCount: 50 },
    samples: { hash: HASH_B },
    templates: [await template('d-plus-1', '【钱站】{{ borrower.name }}您好。')],
    ...(stagePolicy ? { stagePolicy } : {}),
  });
}

describe('the bundle’s stage policy', () => {
  it('is written as exact-day by default and as given otherwise', async () => {
    expect((await smallBundle()).stagePolicy).toBe('exact-day');
    expect((await bundleWith('latest-reached')).stagePolicy).toBe('latest-reached');
  });

  it('reads a bundle that states none (made before the setting) as exact-day, and it still verifies', async () => {
    const { stagePolicy: _dropped, bundleHash: _h, ...rest } = await smallBundle();
    const old = { ...rest, bundleHash: await computeBundleHash(rest) };
    const r = await verifyBundle(JSON.stringify(old), UNSIGNED);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.stagePolicy).toBeUndefined();
    expect(r.ok && stagePolicyOf(r.value)).toBe('exact-day');
  });

  it('is covered by the bundle hash: flipping it in the file is refused', async () => {
    const text = JSON.stringify(await bundleWith('exact-day')).replace(
      '"stagePolicy":"exact-day"',
      '"stagePolicy":"latest-reached"',
    );
    const r = await verifyBundle(text, UNSIGNED);
    expect(codes(r)).toEqual(['bundle/hash']);
  });

  it('is covered by the signature: re-hashing after flipping it breaks the signature', async () => {
    const key = await generateSigningKey();
    const signed = await signBundle(await bundleWith('exact-day'), key.privateKey, key.publicJwk);
    const { bundleHash: _h, signature, ...body } = { ...signed, stagePolicy: 'latest-reached' as const };
    const forged = { ...body, bundleHash: await computeBundleHash(body), signature };
    const r = await verifyBundle(JSON.stringify(forged), { trustedKeys: [key.publicJwk] });
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('bundle/signature');
  });

  it('refuses an unknown policy as a schema error naming the path', async () => {
    const { bundleHash: _h, ...body } = { ...(await smallBundle()), stagePolicy: 'every-day' };
    const bad = { ...body, bundleHash: await computeBundleHash(body) };
    const r = await verifyBundle(JSON.stringify(bad), UNSIGNED);
    expect(codes(r)).toEqual(['bundle/schema']);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toContainEqual(['stagePolicy']);
  });
});
