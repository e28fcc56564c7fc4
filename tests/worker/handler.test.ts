import { formatFinding } from '../../src/core/index';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../../src/worker/handler';
import type { WorkerResponse } from '../../src/worker/protocol';

const handle = createHandler();

/** Round-trips through structured clone, as postMessage does: the response must be plain data. */
const cloned = (response: WorkerResponse): WorkerResponse => structuredClone(response);

describe('worker handler', () => {
  it('answers catalog with samples, example templates, fields and filter docs as plain data', async () => {
    const response = cloned(await handle({ id: 1, type: 'catalog' }));
    expect(response.type).toBe('catalog');
    if (response.type !== 'catalog') return;
    expect(response.id).toBe(1);
    expect(response.catalog.samples.length).toBeGreaterThan(0);
    expect(response.catalog.templates.length).toBeGreaterThan(0);
    expect(response.catalog.fields.map((f) => f.path)).toContain('borrower.id_number');
    expect(response.catalog.filters.map((f) => f.name)).toContain('mask_id');
  });

  it('reports the ruleset and samples hashes the approvals bind to, in the catalog', async () => {
    const response = await handle({ id: 9, type: 'catalog' });
    if (response.type !== 'catalog') throw new Error(response.type);
    const { rulesetHash, samplesHash, defaultRuleset, defaultSamples } = await import('../../src/core/index');
    expect(response.catalog.rulesetHash).toBe(await rulesetHash(defaultRuleset()));
    expect(response.catalog.samplesHash).toBe(await samplesHash(defaultSamples()));
    expect(response.catalog.rulesetHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports a rendered text per sample when checking a plain template', async () => {
    const response = cloned(await handle({ id: 2, type: 'check', source: '{{ borrower.name }}' }));
    expect(response.type).toBe('check');
    if (response.type !== 'check') return;
    expect(response.id).toBe(2);
    expect(response.report.samples.length).toBeGreaterThan(0);
    expect(response.report.samples.every((s) => s.text.length > 0)).toBe(true);
  });

  it('reports the insulting phrase in the source when checking a template that insults', async () => {
    const source = '{{ platform.signature }}你这个老赖，尽快还款。';
    const response = cloned(await handle({ id: 3, type: 'check', source }));
    if (response.type !== 'check') throw new Error(response.type);
    expect(response.report.verdict).toBe('block');
    const hit = response.report.findings.find(
      (f) => f.sourceStart !== undefined && source.slice(f.sourceStart, f.sourceEnd) === '你这个老赖',
    );
    expect(hit).toBeDefined();
  });

  it('turns a syntax error into a template/parse problem with offsets', async () => {
    const response = cloned(await handle({ id: 4, type: 'check', source: 'hi {{ borrower.name ' }));
    if (response.type !== 'check') throw new Error(response.type);
    expect(response.report.problems.map((p) => p.code)).toContain('template/parse');
  });

  it('answers one language-free report that the catalog words in Chinese and in English', async () => {
    const catalog = await handle({ id: 5, type: 'catalog' });
    if (catalog.type !== 'catalog') throw new Error(catalog.type);
    const request = { id: 6, type: 'check' as const, source: '你这个老赖' };
    expect(Object.keys(request)).not.toContain('lang');
    const response = cloned(await handle(request));
    if (response.type !== 'check') throw new Error(response.type);
    const insult = response.report.findings.find((f) => f.category === 'insult');
    if (!insult) throw new Error('no insult finding');
    const words = catalog.catalog.messages[insult.messageId];
    const zh = formatFinding(insult, words, 'zh');
    const en = formatFinding(insult, words, 'en');
    expect(zh.message).toContain('老赖');
    expect(en.message).toContain('老赖');
    expect(zh.title).not.toBe(en.title);
    expect(catalog.catalog.messages['template/missing-value']).toBeDefined();
  });

  it('reports template/limit instead of hanging when a loop is too expensive', async () => {
    const source = '{% for a in (1..100000) %}{% for b in (1..100000) %}x{% endfor %}{% endfor %}';
    const response = cloned(await handle({ id: 8, type: 'check', source }));
    if (response.type !== 'check') throw new Error(response.type);
    expect(response.report.verdict).toBe('block');
    expect(response.report.problems.map((p) => p.code)).toContain('template/limit');
  });
});
