import { describe, expect, it } from 'vitest';
import { defaultSamples } from '../../src/core/index';
import { copyId, parseSampleInput, pathText, sampleJson } from '../../src/ui/samples/sample-input';

const base = defaultSamples()[0]!;
const builtin = new Set(defaultSamples().map((s) => s.id));
const valid = { id: 'my-sample', label: '我的样例', ...base.data };

describe('parseSampleInput', () => {
  it('accepts a sample object with a new id', () => {
    const r = parseSampleInput(JSON.stringify(valid), builtin);
    expect(r.ok && r.value.id).toBe('my-sample');
  });

  it.each([
    [
      'a syntax error by line and column',
      '{\n  "id": "x",\n  "label": oops\n}',
      { code: 'sample/json', line: 3, column: 12 },
    ],
    [
      'a field of the wrong type by JSON path',
      JSON.stringify({ ...valid, loan: { ...valid.loan, amount_due: '一万' } }),
      { code: 'sample/invalid', path: ['loan', 'amount_due'] },
    ],
    [
      'an unknown field by JSON path',
      JSON.stringify({ ...valid, borrower: { ...valid.borrower, wechat: 'x' } }),
      { code: 'sample/invalid', path: ['borrower'] },
    ],
    [
      'a key given twice by its JSON path',
      `{"id": "a", "label": "x", "loan": {}, "id": "b"}`,
      { code: 'sample/json', path: ['id'] },
    ],
    ['an array instead of one sample', JSON.stringify([valid]), { code: 'sample/not-object' }],
    ['a built-in id', JSON.stringify({ ...valid, id: base.id }), { code: 'sample/duplicate-id', path: ['id'] }],
  ])('reports %s', (_name, text, expected) => {
    const r = parseSampleInput(text, builtin);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject(expected);
  });

  it('accepts a file that starts with a byte order mark', () => {
    const r = parseSampleInput(`\uFEFF${JSON.stringify(valid)}`, builtin);
    expect(r.ok && r.value.id).toBe('my-sample');
  });

  it('round-trips a built-in sample through its JSON text', () => {
    const r = parseSampleInput(sampleJson({ ...base, id: 'copy' }), builtin);
    expect(r.ok && r.value.borrower).toEqual(base.data.borrower);
  });
});

describe('sample input helpers', () => {
  it.each([
    [['loan', 'due_date'], 'loan.due_date'],
    [['contacts', 0, 'phone'], 'contacts[0].phone'],
    [[], ''],
  ] as const)('writes the path %j as %s', (path, text) => {
    expect(pathText(path)).toBe(text);
  });

  it('picks the next free copy id', () => {
    expect(copyId('a', new Set(['a']))).toBe('a-copy');
    expect(copyId('a', new Set(['a', 'a-copy', 'a-copy-2']))).toBe('a-copy-3');
  });
});
