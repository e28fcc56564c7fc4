import { describe, expect, it } from 'vitest';
import {
  createBundle,
  defaultNotAfter,
  generateSigningKey,
  isVerifiedBundle,
  signBundle,
  verifyBundle,
  type Bundle,
} from '../../src/core/bundle/index';
import { asJson, HASH_A, HASH_B, SEQUENCE, smallBundle, template } from './fixture';

const codes = (r: { ok: boolean; problems?: { code: string }[] }) =>
  [...new Set((r.problems ?? []).map((p) => p.code))].sort();

async function signed(): Promise<{ bundle: Bundle; key: Awaited<ReturnType<typeof generateSigningKey>> }> {
  const key = await generateSigningKey();
  return { bundle: asJson(await signBundle(await smallBundle(), key.privateKey, key.publicJwk)), key };
}

describe('verifyBundle trust options', () => {
  it('reports bundle/untrusted-key for a validly signed bundle when no key is trusted and untrusted is not allowed', async () => {
    const { bundle } = await signed();
    const r = await verifyBundle(bundle, { allowUntrusted: false });
    expect(codes(r)).toEqual(['bundle/untrusted-key']);
    expect(r.problems?.[0]?.path).toEqual(['signature', 'publicKeyJwk']);
  });

  it('reports bundle/unsigned for an unsigned bundle when unsigned is not allowed', async () => {
    expect(codes(await verifyBundle(asJson(await smallBundle()), { allowUnsigned: false }))).toEqual([
      'bundle/unsigned',
    ]);
  });

  it('accepts a signature by another key when allowed, and names it as untrusted', async () => {
    const { bundle } = await signed();
    const other = await generateSigningKey();
    const r = await verifyBundle(bundle, { trustedKeys: [other.publicJwk], allowUntrusted: true });
    expect(r.ok && r.value.trust).toEqual({ kind: 'untrusted', fingerprint: bundle.signature?.fingerprint });
    expect(codes(await verifyBundle(bundle, { trustedKeys: [other.publicJwk] }))).toEqual(['bundle/untrusted-key']);
  });

  it('accepts an unsigned bundle under trusted keys only when unsigned is allowed', async () => {
    const other = await generateSigningKey();
    const b = asJson(await smallBundle());
    const r = await verifyBundle(b, { trustedKeys: [other.publicJwk], allowUnsigned: true });
    expect(r.ok && r.value.trust).toEqual({ kind: 'unsigned' });
  });

  it('still reports bundle/signature for a broken signature when untrusted signers are allowed', async () => {
    const { bundle } = await signed();
    const v = bundle.signature!.value;
    bundle.signature!.value = (v[0] === 'A' ? 'B' : 'A') + v.slice(1);
    expect(codes(await verifyBundle(bundle, { allowUntrusted: true, allowUnsigned: true }))).toEqual([
      'bundle/signature',
    ]);
  });

  it('does not let allowUnsigned excuse a signed bundle by an unknown key', async () => {
    const { bundle } = await signed();
    expect(codes(await verifyBundle(bundle, { allowUnsigned: true, allowUntrusted: false }))).toEqual([
      'bundle/untrusted-key',
    ]);
  });

  it('trusts nobody by default: a valid signature is bundle/untrusted-key and none is bundle/unsigned', async () => {
    const { bundle } = await signed();
    expect(codes(await verifyBundle(bundle))).toEqual(['bundle/untrusted-key']);
    expect(codes(await verifyBundle(JSON.stringify(bundle)))).toEqual(['bundle/untrusted-key']);
    expect(codes(await verifyBundle(asJson(await smallBundle())))).toEqual(['bundle/unsigned']);
  });
});

describe('verifyBundle freshness', () => {
  const CREATED = '2024-05-02T08:00:00.000Z';
  async function unsignedFrom(createdAt: string, over: { notAfter?: string; sequence?: number } = {}) {
    return createBundle({
      createdAt,
      sequence: over.sequence ?? 3,
      ...(over.notAfter === undefined ? {} : { notAfter: over.notAfter }),
      generator: { name: 'dunning-studio', version: '0.1.0' },
      ruleset: { hash: HASH_A, ruleCount: 50 },
      samples: { hash: HASH_B },
      templates: [await template('t', '【钱站】{{ borrower.name }}您好')],
    });
  }
  const at = (iso: string) => ({ allowUnsigned: true, now: new Date(iso) });

  it('sets notAfter to 90 days after createdAt by default, and keeps a given one', async () => {
    expect((await unsignedFrom(CREATED)).notAfter).toBe('2024-07-31T08:00:00.000Z');
    expect(defaultNotAfter(CREATED, 1)).toBe('2024-05-03T08:00:00.000Z');
    const given = '2024-06-01T00:00:00.000Z';
    expect((await unsignedFrom(CREATED, { notAfter: given })).notAfter).toBe(given);
  });

  it('accepts a bundle up to and at its notAfter, and reports bundle/expired after it', async () => {
    const b = await unsignedFrom(CREATED);
    expect((await verifyBundle(b, at('2024-07-31T08:00:00.000Z'))).ok).toBe(true);
    const late = await verifyBundle(b, at('2024-07-31T08:00:00.001Z'));
    expect(codes(late)).toEqual(['bundle/expired']);
    expect(late.problems?.[0]?.path).toEqual(['notAfter']);
  });

  it('judges expiry at the current time when no time is given', async () => {
    expect(codes(await verifyBundle(await unsignedFrom(CREATED), { allowUnsigned: true }))).toEqual(['bundle/expired']);
    expect((await verifyBundle(await unsignedFrom(new Date().toISOString()), { allowUnsigned: true })).ok).toBe(true);
  });

  it('reports bundle/expired when the given time is not a valid date', async () => {
    const b = await unsignedFrom(CREATED);
    expect(codes(await verifyBundle(b, { allowUnsigned: true, now: new Date('nonsense') }))).toEqual([
      'bundle/expired',
    ]);
  });

  it('reports bundle/hash, not a fresh bundle, when notAfter is pushed back without re-signing', async () => {
    const { bundle, key } = await signed();
    bundle.notAfter = '2999-01-01T00:00:00.000Z';
    expect(codes(await verifyBundle(bundle, { trustedKeys: [key.publicJwk] }))).toEqual(['bundle/hash']);
  });

  it.each([
    [SEQUENCE - 1, []],
    [SEQUENCE, ['bundle/rollback']],
    [SEQUENCE + 1, ['bundle/rollback']],
    [Number.NaN, ['bundle/rollback']],
  ])('given lastSequence %d, reports %j for a bundle of sequence 7', async (lastSequence, expected) => {
    const b = asJson(await smallBundle());
    const r = await verifyBundle(b, { allowUnsigned: true, lastSequence });
    expect(codes(r)).toEqual(expected);
    if (!r.ok) expect(r.problems[0]?.path).toEqual(['sequence']);
  });

  it('reports every problem at once: tampering, expiry and rollback', async () => {
    const b = asJson(await unsignedFrom(CREATED));
    b.templates[0]!.approval.note = 'x';
    const r = await verifyBundle(b, { ...at('2025-01-01T00:00:00.000Z'), lastSequence: 3 });
    expect(codes(r)).toEqual(['bundle/expired', 'bundle/hash', 'bundle/rollback']);
  });
});

describe('VerifiedBundle', () => {
  it('is deeply frozen, serialises to the bundle and is recognised only as returned', async () => {
    const { bundle, key } = await signed();
    const r = await verifyBundle(JSON.stringify(bundle), { trustedKeys: [key.publicJwk] });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const v = r.value;
    expect(isVerifiedBundle(v)).toBe(true);
    expect(JSON.parse(JSON.stringify(v))).toEqual(bundle);
    expect(Object.isFrozen(v) && Object.isFrozen(v.templates) && Object.isFrozen(v.templates[0]?.meta)).toBe(true);
    expect(() => {
      (v.templates[0]!.approval as { reviewer: string }).reviewer = '张三';
    }).toThrow(TypeError);
    for (const copy of [JSON.parse(JSON.stringify(v)), { ...v }, bundle, null, 'text'])
      expect(isVerifiedBundle(copy)).toBe(false);
  });

  it('does not follow the caller’s object after verification: a getter read once cannot swap the text', async () => {
    const b = asJson(await smallBundle());
    const approved = b.templates[0]!.source;
    let reads = 0;
    Object.defineProperty(b.templates[0]!, 'source', {
      enumerable: true,
      get: () => (reads++ === 0 ? approved : '【钱站】EVIL'),
    });
    const r = await verifyBundle(b, { allowUnsigned: true });
    expect(r.ok && r.value.templates[0]?.source).toBe(approved);
    expect(reads).toBe(1);
  });
});
