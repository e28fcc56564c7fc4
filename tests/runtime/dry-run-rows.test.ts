import { describe, expect, it } from 'vitest';
import { defaultSamples } from '../../src/core/samples/defaults';
import { readHeader, rowData, validRow } from '../../src/runtime/dry-run/row-data';
import { COLUMNS, csvRow } from '../cli/dry-run-fixture';

/** The fields of a CSV line written by the fixture (no quotes needed for these samples' values). */
const sample = defaultSamples().find((s) => s.id === 'seed-zhang-san')!;
const header = readHeader(COLUMNS);
const fieldsOf = (edit: Record<string, string> = {}) =>
  COLUMNS.map((c, i) => (c in edit ? edit[c]! : (csvRow(sample.data).split(',')[i] ?? '')));
const data = (edit: Record<string, string> = {}) => rowData(header.columns, fieldsOf(edit));

describe('readHeader', () => {
  it('accepts the dotted names of the sample data and reads them back into the same record', () => {
    expect(header.problems).toEqual([]);
    const valid = validRow(data());
    expect(valid).toEqual({ ok: true, value: sample.data });
  });

  it('ignores unknown columns and names them', () => {
    const h = readHeader([...COLUMNS, 'crm.account_id', 'borrower.nmae']);
    expect([h.problems, h.ignored]).toEqual([[], ['crm.account_id', 'borrower.nmae']]);
  });

  it('refuses a column given twice and names the required columns it lacks', () => {
    const h = readHeader([
      ...COLUMNS.filter((c) => c !== 'loan.overdue_days' && c !== 'borrower.phone'),
      'loan.penalty',
    ]);
    expect(h.problems.map((p) => p.message)).toEqual([
      'column "loan.penalty" is given twice',
      'the header has no column for borrower.phone, loan.overdue_days',
    ]);
  });
});

describe('rowData', () => {
  it('reads numbers as numbers and keeps other text as text', () => {
    const d = data({ 'loan.amount_due': '1234.5', 'loan.overdue_days': '-3', 'borrower.phone': '13800001234' });
    expect(d.loan).toMatchObject({ amount_due: 1234.5, overdue_days: -3 });
    expect((d.borrower as { phone: unknown }).phone).toBe('13800001234');
  });

  it('leaves contacts empty when the row has none, and the agency out when its cells are empty', () => {
    const h = readHeader(COLUMNS.filter((c) => !c.startsWith('contacts.')));
    const fields = COLUMNS.filter((c) => !c.startsWith('contacts.')).map((c) => (c.startsWith('agency.') ? '' : 'x'));
    const d = rowData(h.columns, fields);
    expect(d.contacts).toEqual([]);
    expect('agency' in d).toBe(false);
  });

  it('reads contacts.N.field columns into the contacts list, skipping empty ones', () => {
    const names = ['borrower.name', 'contacts.0.name', 'contacts.0.phone', 'contacts.1.name', 'contacts.1.phone'];
    const d = rowData(readHeader(names).columns, ['张三', '', '', '李四', '13900000000']);
    expect(d.contacts).toEqual([{ name: '李四', phone: '13900000000' }]);
  });
});

describe('validRow', () => {
  it.each<{ name: string; edit: Record<string, string>; path: string }>([
    { name: 'days that are not a number', edit: { 'loan.overdue_days': 'abc' }, path: 'loan.overdue_days' },
    { name: 'days that are not whole', edit: { 'loan.overdue_days': '1.5' }, path: 'loan.overdue_days' },
    { name: 'an amount with a thousands comma', edit: { 'loan.amount_due': '1,000' }, path: 'loan.amount_due' },
    { name: 'a negative amount', edit: { 'loan.amount_due': '-5' }, path: 'loan.amount_due' },
    { name: 'an empty name', edit: { 'borrower.name': '' }, path: 'borrower.name' },
    { name: 'an unknown gender', edit: { 'borrower.gender': 'M' }, path: 'borrower.gender' },
    { name: 'a due date in another format', edit: { 'loan.due_date': '2024/5/1' }, path: 'loan.due_date' },
    { name: 'a contact without phone', edit: { 'contacts.0.phone': '' }, path: 'contacts.0.phone' },
  ])('rejects $name at $path', ({ edit, path }) => {
    const valid = validRow(data(edit));
    expect(valid.ok).toBe(false);
    if (valid.ok) return;
    expect(new Set(valid.problems.map((p) => `${p.code} ${p.path?.join('.')}`))).toEqual(
      new Set([`row/invalid ${path}`]),
    );
  });
});
