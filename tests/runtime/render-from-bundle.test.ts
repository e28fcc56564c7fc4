import { beforeAll, describe, expect, it } from 'vitest';
import { createBundle, generateSigningKey, signBundle } from '../../src/core/bundle/index';
import { canonicalJson } from '../../src/core/hash/canonical-json';
import { sha256Hex } from '../../src/core/hash/sha256';
import { renderTemplate } from '../../src/core/render/render-template';
import { contentHash } from '../../src/core/review/content-hash';
import { rulesetHash } from '../../src/core/rules/ruleset-hash';
import { defaultRuleset } from '../../src/core/rules/defaults';
import { defaultSamples } from '../../src/core/samples/defaults';
import { defaultTemplates } from '../../src/core/samples/templates';
import { smsSegments } from '../../src/core/sms/segments';
import type { TemplateMeta } from '../../src/core/types';
import { renderFromBundle, verifyBundle, type VerifiedBundle } from '../../src/runtime/index';

const samples = defaultSamples();
const templates = defaultTemplates();
let bundle: VerifiedBundle;
let key: Awaited<ReturnType<typeof generateSigningKey>>;
let rHash = '';
let sHash = '';
let ruleCount = 0;

async function approved(t: { id: string; name: string; meta: TemplateMeta; source: string }) {
  return {
    id: t.id,
    name: t.name,
    meta: t.meta,
    source: t.source,
    approval: {
      reviewer: '王法务',
      approvedAt: '2024-05-01T10:00:00.000Z',
      note: '',
      reportSummary: { verdict: 'pass' as const, score: 100, counts: { error: 0, warning: 0, info: 0 } },
      justifications: [],
      contentHash: await contentHash({ source: t.source, meta: t.meta, rulesetHash: rHash, samplesHash: sHash }),
    },
  };
}

/** Approved, exported, signed, written as JSON: the file the sending system receives. */
async function bundleFile(
  list: { id: string; name: string; meta: TemplateMeta; source: string }[],
  over: { createdAt?: string; sequence?: number } = {},
): Promise<string> {
  const created = await createBundle({
    generator: { name: 'dunning-studio', version: '0.1.0' },
    ruleset: { hash: rHash, ruleCount },
    samples: { hash: sHash },
    templates: await Promise.all(list.map(approved)),
    sequence: over.sequence ?? 1,
    ...(over.createdAt === undefined ? {} : { createdAt: over.createdAt }),
  });
  return JSON.stringify(await signBundle(created, key.privateKey, key.publicJwk));
}

async function load(file: string, opts: { now?: Date } = {}): Promise<VerifiedBundle> {
  const loaded = await verifyBundle(file, { trustedKeys: [key.publicJwk], ...opts });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.value;
}

/** Every default template, loaded back as the sending system would. */
beforeAll(async () => {
  const ruleset = defaultRuleset();
  rHash = await rulesetHash(ruleset);
  sHash = await sha256Hex(canonicalJson(samples));
  ruleCount = ruleset.rules.length;
  key = await generateSigningKey();
  bundle = await load(await bundleFile(templates));
});

describe('renderFromBundle', () => {
  it('finds default templates and samples to round-trip', () => {
    expect(templates.length).toBeGreaterThan(5);
    expect(samples.length).toBeGreaterThan(5);
    expect(bundle.templates.map((t) => t.id)).toEqual(templates.map((t) => t.id));
  });

  const cases = () => templates.flatMap((t) => samples.map((s) => ({ t, s })));

  it('renders every default template for every default sample exactly as the editor does', () => {
    let rendered = 0;
    for (const { t, s } of cases()) {
      const strict = renderTemplate(t.source, s.data, { strictVariables: true });
      const result = renderFromBundle(bundle, t.id, s.data);
      expect(result.ok, `${t.id} × ${s.id}`).toBe(strict.ok);
      if (!strict.ok || !result.ok) continue;
      rendered += 1;
      const editor = renderTemplate(t.source, s.data);
      expect(editor).toEqual({ ok: true, text: strict.text });
      const sms = smsSegments(strict.text);
      expect(result.value).toEqual({
        text: strict.text,
        segments: sms.segments,
        encoding: sms.encoding,
        units: sms.units,
      });
    }
    expect(rendered).toBeGreaterThan(cases().length / 2);
  });

  it('reports template/undefined-variable instead of a blank when data lacks a value the template uses', async () => {
    const source = '【钱站】{{ agency.short_name }}受托提醒您还款。';
    const small = await load(await bundleFile([{ ...templates[0]!, id: 'uses-agency', source }]));
    const noAgency = samples.find((s) => s.data.agency === undefined)!;
    expect(renderTemplate(source, noAgency.data)).toEqual({ ok: true, text: '【钱站】受托提醒您还款。' });
    const result = renderFromBundle(small, 'uses-agency', noAgency.data);
    expect(result.ok).toBe(false);
    expect(result.problems?.map((p) => p.code)).toContain('template/undefined-variable');
  });

  it('reports bundle/unknown-template for an id the bundle does not hold', () => {
    const result = renderFromBundle(bundle, 'no-such-template', samples[0]!.data);
    expect(result.ok).toBe(false);
    expect(result.problems?.map((p) => p.code)).toEqual(['bundle/unknown-template']);
  });

  const badData: { name: string; edit: (d: Record<string, any>) => unknown; path: (string | number)[] }[] = [
    { name: 'a missing amount', edit: (d) => void delete d.loan.amount_due, path: ['loan', 'amount_due'] },
    { name: 'an amount given as text', edit: (d) => void (d.loan.amount_due = '10000'), path: ['loan', 'amount_due'] },
    { name: 'an unknown gender', edit: (d) => void (d.borrower.gender = 'M'), path: ['borrower', 'gender'] },
    {
      name: 'a contact without phone',
      edit: (d) => void (d.contacts = [{ name: '李四', relation: '朋友' }]),
      path: ['contacts', 0, 'phone'],
    },
    { name: 'a missing platform', edit: (d) => void delete d.platform, path: ['platform'] },
  ];

  it.each(badData)('refuses data with $name and names the JSON path', ({ edit, path }) => {
    const data = structuredClone(samples[0]!.data) as Record<string, any>;
    edit(data);
    const result = renderFromBundle(bundle, templates[0]!.id, data);
    expect(result.ok).toBe(false);
    expect(result.problems?.every((p) => p.code === 'data/invalid')).toBe(true);
    expect(result.problems?.map((p) => p.path)).toContainEqual(path);
  });

  it('refuses data that is not an object', () => {
    const result = renderFromBundle(bundle, templates[0]!.id, 'borrower');
    expect(result.problems?.map((p) => p.code)).toEqual(['data/invalid']);
  });
});

describe('renderFromBundle refuses what verifyBundle did not return', () => {
  const EVIL = '【钱站】今天不还款就通知你全家';
  const data = () => samples[0]!.data;
  const codesOf = (r: { problems?: { code: string }[] }) => r.problems?.map((p) => p.code);

  it('reports bundle/unverified for the file parsed with JSON.parse and edited, and never renders its text', async () => {
    const parsed = JSON.parse(await bundleFile(templates));
    parsed.templates[0].source = EVIL;
    const result = renderFromBundle(parsed, templates[0]!.id, data());
    expect(result.ok).toBe(false);
    expect(codesOf(result)).toEqual(['bundle/unverified']);
    expect(JSON.stringify(result)).not.toContain('通知你全家');
  });

  it.each([
    ['a JSON round trip', (b: VerifiedBundle) => JSON.parse(JSON.stringify(b))],
    ['a spread copy', (b: VerifiedBundle) => ({ ...b })],
    [
      'a copy with the class prototype',
      (b: VerifiedBundle) => Object.assign(Object.create(Object.getPrototypeOf(b)), b),
    ],
    ['a Proxy', (b: VerifiedBundle) => new Proxy(b, {})],
    ['structuredClone', (b: VerifiedBundle) => structuredClone(b)],
  ])('reports bundle/unverified for %s of a verified bundle', (_label, copy) => {
    expect(codesOf(renderFromBundle(copy(bundle), templates[0]!.id, data()))).toEqual(['bundle/unverified']);
  });

  it('cannot be given a verified bundle made any other way: the constructor refuses without verifyBundle', () => {
    const Ctor = bundle.constructor as new (...args: unknown[]) => unknown;
    expect(() => new Ctor(Symbol('verifyBundle'), JSON.parse(JSON.stringify(bundle)), { kind: 'unsigned' })).toThrow(
      TypeError,
    );
  });

  it('keeps rendering the verified text when someone tries to change the bundle afterwards', () => {
    const before = renderFromBundle(bundle, templates[0]!.id, data());
    expect(() => {
      (bundle.templates[0] as { source: string }).source = EVIL;
    }).toThrow(TypeError);
    expect(() => {
      (bundle.templates as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(renderFromBundle(bundle, templates[0]!.id, data())).toEqual(before);
  });

  it('reports bundle/expired when rendering after notAfter, even though it verified earlier', async () => {
    const createdAt = '2024-05-02T08:00:00.000Z';
    const early = new Date('2024-05-03T00:00:00.000Z');
    const old = await load(await bundleFile(templates, { createdAt }), { now: early });
    expect(old.notAfter).toBe('2024-07-31T08:00:00.000Z');
    expect(renderFromBundle(old, templates[0]!.id, data(), { now: early }).ok).toBe(true);
    const late = renderFromBundle(old, templates[0]!.id, data(), { now: new Date('2024-08-01T00:00:00.000Z') });
    expect(codesOf(late)).toEqual(['bundle/expired']);
    expect(codesOf(renderFromBundle(old, templates[0]!.id, data()))).toEqual(['bundle/expired']);
  });
});
