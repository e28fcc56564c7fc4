import { beforeAll, describe, expect, it } from 'vitest';
import { createBundle, generateSigningKey, signBundle, type Bundle } from '../../src/core/bundle/index';
import { canonicalJson } from '../../src/core/hash/canonical-json';
import { sha256Hex } from '../../src/core/hash/sha256';
import { renderTemplate } from '../../src/core/render/render-template';
import { contentHash } from '../../src/core/review/content-hash';
import { rulesetHash } from '../../src/core/rules/ruleset-hash';
import { defaultRuleset } from '../../src/core/rules/defaults';
import { defaultSamples } from '../../src/core/samples/defaults';
import { defaultTemplates } from '../../src/core/samples/templates';
import { smsSegments } from '../../src/core/sms/segments';
import { renderFromBundle, verifyBundle } from '../../src/runtime/index';

const samples = defaultSamples();
const templates = defaultTemplates();
let bundle: Bundle;
let publicJwk: JsonWebKey;

/** Every default template, approved, exported, signed, written as JSON and loaded back as the sending system would. */
beforeAll(async () => {
  const ruleset = defaultRuleset();
  const rHash = await rulesetHash(ruleset);
  const sHash = await sha256Hex(canonicalJson(samples));
  const inputs = await Promise.all(
    templates.map(async (t) => ({
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
    })),
  );
  const created = await createBundle({
    generator: { name: 'dunning-studio', version: '0.1.0' },
    ruleset: { hash: rHash, ruleCount: ruleset.rules.length },
    samples: { hash: sHash },
    templates: inputs,
  });
  const key = await generateSigningKey();
  publicJwk = key.publicJwk;
  const file = JSON.stringify(await signBundle(created, key.privateKey, key.publicJwk));
  const loaded = await verifyBundle(file, { trustedKeys: [publicJwk] });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  bundle = loaded.value;
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
    const small = await createBundle({
      ...bundle,
      templates: [{ ...bundle.templates[0]!, id: 'uses-agency', source }],
    });
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
