import { describe, expect, it } from 'vitest';
import { cursorContext, isFilterPosition, tokenAt, valueAt } from '../../src/ui/editor/expression';

describe('cursorContext', () => {
  it.each([
    ['plain text', 'text', undefined],
    ['hi {{ ', 'variable', ''],
    ['hi {{ borrower.na', 'variable', 'borrower.na'],
    ['{{borrower', 'variable', 'borrower'],
    ['{{ loan.amount_due | ', 'filter', ''],
    ['{{ loan.amount_due |rmb', 'filter', 'rmb'],
    ['{{ a }} after', 'text', undefined],
    ['{% if loan.', 'variable', 'loan.'],
    ['{% if x %} text', 'text', undefined],
  ])('reports %j as %s', (before, kind, prefix) => {
    const where = cursorContext(before);
    expect(where.kind).toBe(kind);
    if (where.kind !== 'text') expect(where.prefix).toBe(prefix);
  });
});

describe('tokenAt', () => {
  it('reports the dotted identifier around a column', () => {
    const line = '{{ borrower.id_number | mask_id }}';
    const at = tokenAt(line, line.indexOf('id_number') + 2);
    expect(at && line.slice(at.start, at.end)).toBe('borrower.id_number');
    expect(at?.text).toBe('borrower.id_number');
  });

  it('reports nothing on a space and a filter position after a pipe', () => {
    const line = '{{ a | mask_id }}';
    expect(tokenAt(line, 2)).toBeUndefined();
    const filter = tokenAt(line, line.indexOf('mask'));
    expect(filter?.text).toBe('mask_id');
    expect(filter && isFilterPosition(line, filter.start)).toBe(true);
    expect(isFilterPosition(line, line.indexOf('a'))).toBe(false);
  });
});

describe('valueAt', () => {
  const data = { borrower: { name: '张三' }, contacts: [{ name: '李四' }, { name: '王五' }] };
  it.each([
    ['borrower.name', '张三'],
    ['borrower.missing', undefined],
    ['contacts.name', ['李四', '王五']],
    ['constructor', undefined],
  ])('reports the value at %s', (path, expected) => {
    expect(valueAt(data, path)).toEqual(expected);
  });
});
