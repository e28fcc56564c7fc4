import { describe, expect, it } from 'vitest';
import { buildTemplates, defaultTemplates } from '../../../src/core/samples/templates';

const templates = defaultTemplates();
const lawful = templates.filter((t) => t.expected === 'lawful');
const problemsOf = (r: ReturnType<typeof buildTemplates>) => (r.ok ? (r.problems ?? []) : r.problems);

describe('defaultTemplates', () => {
  it('bundles every .liquid file with a valid meta, unique kebab ids, sorted', () => {
    const sources = import.meta.glob('../../../samples/templates/*.liquid', { query: '?raw', import: 'default' });
    const metas = import.meta.glob('../../../samples/templates/*.meta.json', { import: 'default' });
    expect(templates.length).toBe(Object.keys(sources).length);
    expect(templates.length).toBe(Object.keys(metas).length);
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const t of templates) expect([t.id, t.meta.id, /^[a-z0-9][a-z0-9-]*$/.test(t.id)]).toEqual([t.id, t.id, true]);
  });

  it('has at least 10 examples, at least 4 of them violating, and a zh name, stage and audience on each', () => {
    expect(templates.length).toBeGreaterThanOrEqual(10);
    expect(templates.filter((t) => t.expected === 'violating').length).toBeGreaterThanOrEqual(4);
    for (const t of templates) {
      expect(/[\u4e00-\u9fff]/.test(t.name)).toBe(true);
      expect(t.meta.stage).toBeTruthy();
      expect(t.meta.audience).toBeTruthy();
    }
  });

  it.each(lawful.map((t) => [t.id, t.source] as const))(
    'gives the lawful example %s every required element',
    (_id, source) => {
      expect(source.startsWith('{{ platform.signature }}')).toBe(true);
      expect(source).toMatch(/\{\{ loan\.amount_due \| (cny: '元'|rmb_upper) \}\}/);
      expect(source).toMatch(/\{\{ loan\.(due_date \| date_cn|overdue_days) \}\}/);
      expect(source).toContain('在{{ platform.app_name }}');
      expect(source).toContain('{{ platform.hotline }}');
      expect(source).toContain('如已还款请忽略');
      expect(source).not.toMatch(/id_number|bank_card|phone|contacts|address|employer|borrower\.name \}\}/);
    },
  );

  it('keeps debtor audience on lawful examples and marks a contact-audience violating one', () => {
    expect(lawful.every((t) => t.meta.audience === 'debtor')).toBe(true);
    expect(templates.some((t) => t.expected === 'violating' && t.meta.audience === 'contact')).toBe(true);
  });

  it('drops one trailing newline of the file from the source', () => {
    expect(templates.every((t) => !t.source.endsWith('\n'))).toBe(true);
  });
});

describe('buildTemplates', () => {
  const meta = (id: string, extra: object = {}) => ({ id, name: '示例', stage: 'D+1', audience: 'debtor', ...extra });

  it('derives expected from the violating- prefix', () => {
    const r = buildTemplates(
      { 't/a-ok.liquid': 'x\n', 't/violating-b.liquid': 'y' },
      { 't/a-ok.meta.json': meta('a-ok'), 't/violating-b.meta.json': meta('violating-b') },
    );
    expect(r.ok ? r.value.map((t) => [t.id, t.expected, t.source]) : r.problems).toEqual([
      ['a-ok', 'lawful', 'x'],
      ['violating-b', 'violating', 'y'],
    ]);
  });

  it.each([
    ['a missing meta', { 't/a.liquid': 'x' }, {}, [['example/missing-meta', 't/a.liquid', undefined]]],
    ['a missing source', {}, { 't/a.meta.json': meta('a') }, [['example/missing-source', 't/a.meta.json', undefined]]],
    [
      'an id that differs from the file',
      { 't/a.liquid': 'x' },
      { 't/a.meta.json': meta('b') },
      [['example/id-mismatch', 't/a.meta.json', ['id']]],
    ],
    [
      'an invalid audience',
      { 't/a.liquid': 'x' },
      { 't/a.meta.json': meta('a', { audience: 'family' }) },
      [['meta/invalid', 't/a.meta.json', ['audience']]],
    ],
  ])('reports %s with file and path', (_what, sources, metas, expected) => {
    const r = buildTemplates(sources, metas);
    expect(r.ok).toBe(false);
    expect(problemsOf(r).map((p) => [p.code, p.file, p.path])).toEqual(expected);
  });
});
