import { describe, expect, it } from 'vitest';
import { loadSamples } from '../../../src/core/samples/load';
import { defaultSamples } from '../../../src/core/samples/defaults';
import seed from '../../../samples/borrowers/seed-zhang-san.json';
import minimal from '../../../samples/borrowers/zheng-xiaoyan-minimal.json';

const clone = <T>(v: T): T => structuredClone(v);
const problemsOf = (r: ReturnType<typeof loadSamples>) => (r.ok ? (r.problems ?? []) : r.problems);
const partialIds = (r: ReturnType<typeof loadSamples>) => (r.ok ? r.value : (r.partial ?? [])).map((s) => s.id);

describe('loadSamples', () => {
  it('loads one record per file as { id, label, data } sorted by id', () => {
    const r = loadSamples({ 'b.json': clone(seed), 'a.json': clone(minimal) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((s) => s.id)).toEqual(['seed-zhang-san', 'zheng-xiaoyan-minimal']);
    const first = r.value[0]!;
    expect(first.label).toBe(seed.label);
    expect(Object.keys(first.data).sort()).toEqual(['borrower', 'contacts', 'lender', 'loan', 'platform']);
    expect(first.data.loan.amount_due).toBe(10000);
  });

  it('loads an array of records from one file', () => {
    const r = loadSamples({ 'many.json': [clone(seed), clone(minimal)] });
    expect(r.ok && r.value.length).toBe(2);
  });

  it('reports the file and JSON path when a field has the wrong type, and keeps the valid records', () => {
    const bad = clone(seed) as Record<string, any>;
    bad.id = 'bad-one';
    bad.loan.amount_due = '10000';
    const r = loadSamples({ 'samples/borrowers/bad-one.json': bad, 'ok.json': clone(minimal) });
    expect(r.ok).toBe(false);
    expect(problemsOf(r).map((p) => [p.code, p.file, p.path])).toEqual([
      ['sample/invalid', 'samples/borrowers/bad-one.json', ['loan', 'amount_due']],
    ]);
    expect(partialIds(r)).toEqual(['zheng-xiaoyan-minimal']);
  });

  it('prefixes the array index to the JSON path of a record inside an array', () => {
    const bad = clone(minimal) as Record<string, any>;
    bad.borrower.gender = 'M';
    bad.extra = 1;
    const r = loadSamples({ 'many.json': [clone(seed), bad] });
    expect(problemsOf(r).map((p) => p.path)).toEqual(expect.arrayContaining([[1, 'borrower', 'gender'], [1]]));
    expect(problemsOf(r).every((p) => p.code === 'sample/invalid' && p.file === 'many.json')).toBe(true);
    expect(partialIds(r)).toEqual(['seed-zhang-san']);
  });

  it('reports a duplicate id in the later file and keeps the first', () => {
    const twin = clone(seed);
    twin.label = 'twin';
    const r = loadSamples({ 'z.json': twin, 'a.json': clone(seed) });
    expect(problemsOf(r).map((p) => [p.code, p.file, p.path])).toEqual([['sample/duplicate-id', 'z.json', ['id']]]);
    expect(r.ok ? [] : r.partial?.map((s) => s.label)).toEqual([seed.label]);
  });

  it.each([
    ['{\n  "id": "x",\n  "label": }', 3, 12],
    ['[1, 2,]', 1, 7],
    ['{"a": "unterminated', 1, 20],
    ['{"a": 01}', 1, 8],
    ['\uFEFF{"a": tru}', 1, 8],
    ['{"a": 1}\n\n  x', 3, 3],
  ])('reports a JSON syntax error with line and column for %j', (text, line, column) => {
    const r = loadSamples({ 'broken.json': text });
    expect(problemsOf(r).map((p) => [p.code, p.file, p.line, p.column])).toEqual([
      ['sample/json', 'broken.json', line, column],
    ]);
  });

  it('parses a JSON string value like parsed JSON', () => {
    const r = loadSamples({ 'seed.json': JSON.stringify(seed) });
    expect(r.ok && r.value[0]?.id).toBe('seed-zhang-san');
  });

  it('reports a non-object file as invalid at the root', () => {
    const r = loadSamples({ 'n.json': 42 });
    expect(problemsOf(r).map((p) => [p.code, p.path])).toEqual([['sample/invalid', []]]);
  });
});

describe('defaultSamples', () => {
  it('returns every bundled sample, valid and sorted by id', () => {
    const files = import.meta.glob('../../../samples/borrowers/*.json', { eager: true, import: 'default' });
    const samples = defaultSamples();
    const ids = samples.map((s) => s.id);
    expect(ids.length).toBe(Object.keys(files).length);
    expect(ids).toEqual([...ids].sort());
    expect(loadSamples(files).ok).toBe(true);
  });

  it('returns the same samples on every call without sharing the array', () => {
    const a = defaultSamples();
    a.pop();
    expect(defaultSamples().length).toBe(a.length + 1);
    expect(defaultSamples()[0]).toBe(defaultSamples()[0]);
  });
});
