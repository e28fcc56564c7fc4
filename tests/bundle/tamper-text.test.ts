import { describe, expect, it } from 'vitest';
import {
  computeBundleHash,
  createBundle,
  generateSigningKey,
  signBundle,
  templateSha256,
  verifyBundle,
  type Bundle,
} from '../../src/core/bundle/index';
import { contentHash } from '../../src/core/review/content-hash';
import { duplicateKeyPath } from '../../src/core/json/duplicate-keys';
import { asJson, HASH_A, HASH_B, NOT_AFTER, smallBundle, template } from './fixture';

const UNSIGNED = { allowUnsigned: true } as const;

const codes = (r: { ok: boolean; problems?: { code: string }[] }) =>
  [...new Set((r.problems ?? []).map((p) => p.code))].sort();

describe('verifyBundle on hostile JSON text', () => {
  it('reports bundle/json naming the path when a key occurs twice in one object', async () => {
    const b = await smallBundle();
    const text = JSON.stringify(b);
    const source = JSON.stringify(b.templates[0]!.source);
    // JSON.parse keeps the last value (the approved one); a first-wins reader would send "EVIL"
    const doubled = text.replace(`"source":${source}`, `"source":"EVIL","source":${source}`);
    const r = await verifyBundle(doubled, UNSIGNED);
    expect(codes(r)).toEqual(['bundle/json']);
    expect(r.ok ? [] : r.problems[0]?.path).toEqual(['templates', 0, 'source']);
  });

  it.each([
    ['an escaped spelling of the same key', (t: string) => t.replace('"format":', '"form\\u0061t":"x","format":')],
    ['a duplicate at the top level', (t: string) => t.replace('"format":', '"bundleHash":"0","format":')],
  ])('reports bundle/json for %s', async (_label, edit) => {
    const r = await verifyBundle(edit(JSON.stringify(await smallBundle())), UNSIGNED);
    expect(codes(r)).toEqual(['bundle/json']);
  });

  it.each([
    ['__proto__ in a template', '"id":"d-plus-1"', '"__proto__":{"source":"EVIL"},"id":"d-plus-1"'],
    ['constructor at the top level', '"format":', '"constructor":{"x":1},"format":'],
  ])('reports bundle/schema for %s', async (_label, from, to) => {
    const r = await verifyBundle(JSON.stringify(await smallBundle()).replace(from, to), UNSIGNED);
    expect(codes(r)).toEqual(['bundle/schema']);
  });

  it('reports bundle/template-hash and bundle/approval-hash when a source changes its Unicode normal form only', async () => {
    const b = await createBundle({
      createdAt: '2024-05-02T08:00:00.000Z',
      notAfter: NOT_AFTER,
      sequence: 1,
      generator: { name: 'dunning-studio', version: '0.1.0' },
      ruleset: { hash: HASH_A, ruleCount: 50 },
      samples: { hash: HASH_B },
      templates: [await template('t', '【钱站】Jos\u00e9您好')],
    });
    const text = JSON.stringify(b);
    expect((await verifyBundle(text, UNSIGNED)).ok).toBe(true);
    const nfd = text.replace('Jos\u00e9', 'Jose\u0301');
    expect(nfd).not.toBe(text);
    expect(codes(await verifyBundle(nfd, UNSIGNED))).toEqual([
      'bundle/approval-hash',
      'bundle/hash',
      'bundle/template-hash',
    ]);
  });

  it.each([
    ['a cycle', (b: Record<string, unknown>) => void (b.self = b)],
    ['a BigInt', (b: Record<string, unknown>) => void (b.sequence = 7n)],
  ])('reports bundle/json for an object with %s instead of throwing', async (_label, edit) => {
    const b = asJson(await smallBundle()) as unknown as Record<string, unknown>;
    edit(b);
    expect(codes(await verifyBundle(b, UNSIGNED))).toEqual(['bundle/json']);
  });

  it('accepts pretty-printed text', async () => {
    const b = await smallBundle();
    expect((await verifyBundle(`${JSON.stringify(b, null, 2)}\n`, UNSIGNED)).ok).toBe(true);
  });
});

describe('duplicateKeyPath', () => {
  it.each([
    ['{"a":1,"b":{"c":[1,{"d":1,"d":2}]}}', ['b', 'c', 1, 'd']],
    ['[{"a":1},{"a":2}]', undefined],
    ['{"a":{"x":1},"b":{"x":1}}', undefined],
    ['{"a\\"b":1,"a\\u0022b":2}', ['a"b']],
    ['{"":1,"":2}', ['']],
    [`{"a":1,"a"${' '.repeat(100)}\n:2}`, ['a']],
    [' "just a string with \\"a\\":" ', undefined],
    ['{"a":"}{\\"a\\":","b":1}', undefined],
  ] as const)('finds the duplicate in %s', (text, path) => {
    expect(duplicateKeyPath(text)).toEqual(path);
  });
});

describe('verifyBundle trusted keys', () => {
  it('reports bundle/private-key when a trusted key carries its private part', async () => {
    const k = await generateSigningKey();
    const signed = asJson(await signBundle(await smallBundle(), k.privateKey, k.publicJwk));
    expect(codes(await verifyBundle(signed, { trustedKeys: [k.privateJwk] }))).toEqual(['bundle/private-key']);
    expect((await verifyBundle(signed, { trustedKeys: [k.publicJwk] })).ok).toBe(true);
  });
});

describe('verifyBundle against recomputed hashes', () => {
  /** Edits a source the way someone without the key would: every hash recomputed, the old signature kept. */
  async function rehashed(b: Bundle, source: string): Promise<Bundle> {
    const t = b.templates[0]!;
    t.source = source;
    t.sha256 = await templateSha256(t);
    t.approval.contentHash = await contentHash({
      source,
      meta: t.meta,
      rulesetHash: b.ruleset.hash,
      samplesHash: b.samples.hash,
    });
    b.bundleHash = await computeBundleHash(b);
    return b;
  }

  it('reports bundle/signature when the content and every hash were recomputed under an old signature', async () => {
    const k = await generateSigningKey();
    const signed = asJson(await signBundle(await smallBundle(), k.privateKey, k.publicJwk));
    const forged = await rehashed(signed, '【钱站】今天不还款就通知你全家');
    expect(codes(await verifyBundle(forged, { trustedKeys: [k.publicJwk] }))).toEqual(['bundle/signature']);
  });

  it('reports bundle/signature for a valid signature copied from another bundle', async () => {
    const k = await generateSigningKey();
    const other = await signBundle(
      await rehashed(asJson(await smallBundle()), '【钱站】您好'),
      k.privateKey,
      k.publicJwk,
    );
    const b = asJson(await smallBundle());
    expect(codes(await verifyBundle({ ...b, signature: other.signature }, { trustedKeys: [k.publicJwk] }))).toEqual([
      'bundle/signature',
    ]);
  });

  it('accepts a recomputed unsigned bundle only when unsigned bundles are allowed, and reports bundle/unsigned otherwise', async () => {
    const k = await generateSigningKey();
    const { signature: _dropped, ...stripped } = asJson(
      await signBundle(await smallBundle(), k.privateKey, k.publicJwk),
    );
    const forged = await rehashed(stripped, '【钱站】今天不还款就通知你全家');
    expect((await verifyBundle(forged, UNSIGNED)).ok).toBe(true);
    expect(codes(await verifyBundle(forged, { trustedKeys: [k.publicJwk] }))).toEqual(['bundle/unsigned']);
    expect(codes(await verifyBundle(forged, { allowUnsigned: false }))).toEqual(['bundle/unsigned']);
    expect(codes(await verifyBundle(forged, { trustedKeys: [] }))).toEqual(['bundle/unsigned']);
  });
});
