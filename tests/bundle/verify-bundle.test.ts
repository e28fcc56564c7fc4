import { describe, expect, it } from 'vitest';
import {
  computeBundleHash,
  createBundle,
  fingerprint,
  generateSigningKey,
  signBundle,
  templateSha256,
  verifyBundle,
  type Bundle,
} from '../../src/core/bundle/index';
import { asJson, NOT_AFTER, SEQUENCE, smallBundle, template } from './fixture';

/** Content checks only: these bundles are unsigned or signed by a throwaway key. */
const ANY_SIGNER = { allowUnsigned: true, allowUntrusted: true } as const;

const codes = (r: { ok: boolean; problems?: { code: string }[] }) =>
  [...new Set((r.problems ?? []).map((p) => p.code))].sort();

describe('createBundle', () => {
  it('reports a policy entry per template with the meta defaults filled in', async () => {
    const b = await smallBundle();
    expect(b.policy).toEqual([
      {
        templateId: 'd-plus-1',
        stage: 'D+1',
        audience: 'debtor',
        sendWindow: { start: '09:00', end: '20:00' },
        maxPerDay: 1,
      },
      {
        templateId: 'd-minus-1',
        stage: 'D+1',
        audience: 'debtor',
        sendWindow: { start: '10:00', end: '18:00' },
        maxPerDay: 2,
      },
    ]);
    expect(b.templates[0]?.sha256).toBe(await templateSha256(b.templates[0]!));
    expect(b.bundleHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('produces the same hashes for the same input whatever the key order', async () => {
    const a = await smallBundle();
    const b = await smallBundle();
    const reordered = Object.fromEntries(Object.entries(asJson(a)).reverse());
    expect((await verifyBundle(reordered, ANY_SIGNER)).ok).toBe(true);
    expect(b.bundleHash).toBe(a.bundleHash);
  });
});

describe('verifyBundle', () => {
  it('accepts an unsigned bundle and its JSON text when unsigned bundles are allowed, and says it is unsigned', async () => {
    const b = await smallBundle();
    const r = await verifyBundle(asJson(b), { allowUnsigned: true });
    expect(r.ok && asJson(r.value)).toEqual(asJson(b));
    expect(r.ok && r.value.trust).toEqual({ kind: 'unsigned' });
    expect((await verifyBundle(JSON.stringify(b), { allowUnsigned: true })).ok).toBe(true);
  });

  it('accepts a signed bundle by a trusted key given as JWK or as fingerprint', async () => {
    const key = await generateSigningKey();
    const signed = asJson(await signBundle(await smallBundle(), key.privateKey, key.publicJwk));
    expect(signed.signature?.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    const byJwk = await verifyBundle(signed, { trustedKeys: [key.publicJwk] });
    expect(byJwk.ok && byJwk.value.trust).toEqual({ kind: 'trusted', fingerprint: signed.signature?.fingerprint });
    expect((await verifyBundle(signed, { trustedKeys: [await fingerprint(key.publicJwk)] })).ok).toBe(true);
  });

  it('gives the same fingerprint for a private JWK as for its public half', async () => {
    const key = await generateSigningKey();
    expect(await fingerprint(key.privateJwk)).toBe(await fingerprint(key.publicJwk));
  });

  it('reports bundle/json when the text is not JSON', async () => {
    expect(codes(await verifyBundle('{"format":'))).toEqual(['bundle/json']);
  });

  type Tamper = { name: string; edit: (b: Bundle) => void | Promise<void>; expected: string[] };
  const tampers: Tamper[] = [
    {
      name: 'one character of a source',
      edit: (b) => void (b.templates[0]!.source = b.templates[0]!.source.replace('您好', '你好')),
      expected: ['bundle/approval-hash', 'bundle/hash', 'bundle/template-hash'],
    },
    {
      name: 'a meta field',
      edit: (b) => void (b.templates[1]!.meta.commercial = true),
      expected: ['bundle/approval-hash', 'bundle/hash', 'bundle/template-hash'],
    },
    {
      name: 'a meta field the policy repeats',
      edit: (b) => void (b.templates[1]!.meta.maxPerDay = 5),
      expected: ['bundle/approval-hash', 'bundle/hash', 'bundle/policy', 'bundle/template-hash'],
    },
    {
      name: 'a policy entry alone',
      edit: (b) => void (b.policy[0]!.maxPerDay = 3),
      expected: ['bundle/hash', 'bundle/policy'],
    },
    {
      name: 'an approval field',
      edit: (b) => void (b.templates[0]!.approval.reviewer = '张三'),
      expected: ['bundle/hash'],
    },
    {
      name: 'an approval summary',
      edit: (b) => void (b.templates[0]!.approval.reportSummary.verdict = 'block'),
      expected: ['bundle/hash'],
    },
    {
      name: 'a removed template (and its policy)',
      edit: (b) => {
        b.templates.pop();
        b.policy.pop();
      },
      expected: ['bundle/hash'],
    },
    {
      name: 'an added template with a correct sha256',
      edit: async (b) => {
        const extra = (await createBundle({ ...b, templates: [await template('extra', '【钱站】请尽快还款。')] }))
          .templates[0]!;
        b.templates.push(extra);
        b.policy.push({
          templateId: 'extra',
          stage: 'D+1',
          audience: 'debtor',
          sendWindow: { start: '09:00', end: '20:00' },
          maxPerDay: 1,
        });
      },
      expected: ['bundle/hash'],
    },
    {
      name: 'an added template copied under a new id',
      edit: (b) => {
        b.templates.push({ ...b.templates[0]!, id: 'copy' });
        b.policy.push({ ...b.policy[0]!, templateId: 'copy' });
      },
      expected: ['bundle/hash', 'bundle/template-hash'],
    },
    {
      name: 'a changed ruleset hash',
      edit: (b) => void (b.ruleset.hash = 'f'.repeat(64)),
      expected: ['bundle/approval-hash', 'bundle/hash'],
    },
    {
      name: 'a changed samples hash',
      edit: (b) => void (b.samples.hash = 'f'.repeat(64)),
      expected: ['bundle/approval-hash', 'bundle/hash'],
    },
    {
      name: 'an approval content hash',
      edit: (b) => void (b.templates[0]!.approval.contentHash = 'f'.repeat(64)),
      expected: ['bundle/approval-hash', 'bundle/hash'],
    },
    {
      name: 'a changed createdAt',
      edit: (b) => void (b.createdAt = '2030-01-01T00:00:00.000Z'),
      expected: ['bundle/hash'],
    },
    {
      name: 'a later notAfter',
      edit: (b) => void (b.notAfter = '2200-01-01T00:00:00.000Z'),
      expected: ['bundle/hash'],
    },
    {
      name: 'a higher sequence',
      edit: (b) => void (b.sequence += 100),
      expected: ['bundle/hash'],
    },
  ];

  it.each(tampers)('reports $expected when $name is changed in an unsigned bundle', async ({ edit, expected }) => {
    const b = asJson(await smallBundle());
    await edit(b);
    const result = await verifyBundle(b, ANY_SIGNER);
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual(expected);
  });

  it.each(tampers)(
    'reports bundle/signature when $name is changed and bundleHash recomputed in a signed bundle',
    async ({ edit }) => {
      const key = await generateSigningKey();
      const b = asJson(await signBundle(await smallBundle(), key.privateKey, key.publicJwk));
      await edit(b);
      const { bundleHash: _h, signature, ...rest } = b;
      const result = await verifyBundle(
        { ...rest, bundleHash: await computeBundleHash(rest), signature },
        { trustedKeys: [key.publicJwk] },
      );
      expect(result.ok).toBe(false);
      expect(codes(result)).toContain('bundle/signature');
      expect(codes(result)).not.toContain('bundle/hash');
    },
  );

  it('names the template whose sha256 no longer matches', async () => {
    const b = asJson(await smallBundle());
    b.templates[1]!.source += '!';
    const result = await verifyBundle(b, ANY_SIGNER);
    const problem = result.problems?.find((p) => p.code === 'bundle/template-hash');
    expect(problem?.path).toEqual(['templates', 1, 'sha256']);
    expect(problem?.message).toContain('d-minus-1');
  });

  it('names the template whose approval covers other content', async () => {
    const b = asJson(await smallBundle());
    b.templates[1]!.approval.contentHash = b.templates[0]!.approval.contentHash;
    const problem = (await verifyBundle(b, ANY_SIGNER)).problems?.find((p) => p.code === 'bundle/approval-hash');
    expect(problem?.path).toEqual(['templates', 1, 'approval', 'contentHash']);
    expect(problem?.message).toContain('d-minus-1');
  });

  it('reports bundle/signature when the signature value is broken', async () => {
    const key = await generateSigningKey();
    const b = asJson(await signBundle(await smallBundle(), key.privateKey, key.publicJwk));
    const v = b.signature!.value;
    b.signature!.value = (v[0] === 'A' ? 'B' : 'A') + v.slice(1);
    expect(codes(await verifyBundle(b, { trustedKeys: [key.publicJwk] }))).toEqual(['bundle/signature']);
  });

  it('reports bundle/signature when the fingerprint does not belong to the key', async () => {
    const key = await generateSigningKey();
    const b = asJson(await signBundle(await smallBundle(), key.privateKey, key.publicJwk));
    b.signature!.fingerprint = '00:'.repeat(15) + '00';
    expect(codes(await verifyBundle(b, { trustedKeys: [key.publicJwk] }))).toEqual(['bundle/signature']);
  });

  it('reports bundle/untrusted-key when a valid signature comes from another key', async () => {
    const signer = await generateSigningKey();
    const trusted = await generateSigningKey();
    const b = asJson(await signBundle(await smallBundle(), signer.privateKey, signer.publicJwk));
    expect(codes(await verifyBundle(b, { trustedKeys: [signer.publicJwk] }))).toEqual([]);
    expect(codes(await verifyBundle(b, { trustedKeys: [trusted.publicJwk] }))).toEqual(['bundle/untrusted-key']);
  });

  it('reports bundle/unsigned when trusted keys are required and there is no signature', async () => {
    const trusted = await generateSigningKey();
    expect(codes(await verifyBundle(asJson(await smallBundle()), { trustedKeys: [trusted.publicJwk] }))).toEqual([
      'bundle/unsigned',
    ]);
  });

  const schemaCases: { name: string; edit: (b: Record<string, any>) => void; path: (string | number)[] }[] = [
    { name: 'an unknown top-level key', edit: (b) => void (b.extra = 1), path: ['extra'] },
    {
      name: 'an unknown key in an approval',
      edit: (b) => void (b.templates[1].approval.signedBy = 'x'),
      path: ['templates', 1, 'approval', 'signedBy'],
    },
    {
      name: 'a score of the wrong type',
      edit: (b) => void (b.templates[0].approval.reportSummary.score = '100'),
      path: ['templates', 0, 'approval', 'reportSummary', 'score'],
    },
    {
      name: 'an unknown audience',
      edit: (b) => void (b.templates[0].meta.audience = 'family'),
      path: ['templates', 0, 'meta', 'audience'],
    },
    { name: 'another format version', edit: (b) => void (b.version = 2), path: ['version'] },
    {
      name: 'a missing notAfter (a bundle from before expiry)',
      edit: (b) => void delete b.notAfter,
      path: ['notAfter'],
    },
    { name: 'a missing sequence', edit: (b) => void delete b.sequence, path: ['sequence'] },
    { name: 'a sequence of 0', edit: (b) => void (b.sequence = 0), path: ['sequence'] },
    { name: 'a fractional sequence', edit: (b) => void (b.sequence = 1.5), path: ['sequence'] },
    { name: 'a notAfter that is no date-time', edit: (b) => void (b.notAfter = 'never'), path: ['notAfter'] },
    { name: 'a missing source', edit: (b) => void delete b.templates[1].source, path: ['templates', 1, 'source'] },
    {
      name: 'a bad signature algorithm',
      edit: (b) =>
        void (b.signature = {
          alg: 'RS256',
          publicKeyJwk: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b' },
          fingerprint: 'x',
          value: 'AA==',
        }),
      path: ['signature', 'alg'],
    },
  ];

  it.each(schemaCases)('reports bundle/schema naming the JSON path for $name', async ({ edit, path }) => {
    const b = asJson(await smallBundle()) as unknown as Record<string, any>;
    edit(b);
    const result = await verifyBundle(b, ANY_SIGNER);
    expect(codes(result)).toEqual(['bundle/schema']);
    expect(result.problems?.map((p) => p.path)).toContainEqual(path);
  });

  it('reports bundle/schema naming the second of two templates with the same id', async () => {
    const b = asJson(await smallBundle());
    b.templates[1]!.id = 'd-plus-1';
    const result = await verifyBundle(b, ANY_SIGNER);
    expect(result.problems?.find((p) => p.code === 'bundle/schema')?.path).toEqual(['templates', 1, 'id']);
  });
});

describe('verifyBundle and the sending policy', () => {
  it('reports bundle/policy when a template’s stage differs from the stage its approval covers', async () => {
    const t = await template('d-plus-7', '【钱站】{{ borrower.name }}您好。', { stage: 'D+7' });
    const b = await createBundle({
      createdAt: '2024-05-02T08:00:00.000Z',
      notAfter: NOT_AFTER,
      sequence: SEQUENCE,
      generator: { name: 'dunning-studio', version: '0.1.0' },
      ruleset: { hash: 'a'.repeat(64), ruleCount: 50 },
      samples: { hash: 'b'.repeat(64) },
      templates: [{ ...t, stage: 'D-1' }],
    });
    const result = await verifyBundle(b, ANY_SIGNER);
    expect(codes(result)).toEqual(['bundle/policy']);
    expect(result.problems?.[0]?.path).toEqual(['templates', 0, 'stage']);
  });
});
