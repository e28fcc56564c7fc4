import { describe, expect, it } from 'vitest';
import { defaultSamples, SAMPLE_FIELDS } from '../../src/core/index';
import { draftOf, maskedText, sampleOf } from '../../src/ui/samples/sample-draft';
import { fieldName, type SampleFault } from '../../src/ui/samples/sample-faults';
import { checkSample, parseSampleInput } from '../../src/ui/samples/sample-input';

const base = defaultSamples().find((s) => s.id === 'he-zhiqiang-agency')!;
const builtin = new Set(defaultSamples().map((s) => s.id));
const file = { id: 'mine', label: '我的样例', ...structuredClone(base.data) };
const faults = (value: unknown) => {
  const r = checkSample(value, builtin);
  return r.ok ? [] : (r.problems as SampleFault[]).map((f) => [f.path?.join('.'), f.reason, f.vars]);
};

describe('the sample form', () => {
  it('gives back the same sample from its form text', () => {
    const r = checkSample(sampleOf(draftOf(file)), builtin);
    expect(r.ok && r.value).toEqual(file);
  });

  it('leaves out empty optional fields and the agency when it is switched off', () => {
    const draft = draftOf(file);
    draft.values['loan.product'] = ' ';
    draft.agency = false;
    const value = sampleOf(draft) as { loan: object; agency?: object };
    expect('product' in value.loan).toBe(false);
    expect(value.agency).toBeUndefined();
    expect(checkSample(value, builtin).ok).toBe(true);
  });

  it.each([
    ['an empty required field', 'borrower.name', '', ['borrower.name', 'required']],
    ['an amount that is no number', 'loan.principal', '五千', ['loan.principal', 'number']],
    ['a negative amount', 'loan.penalty', '-1', ['loan.penalty', 'negative']],
    ['days that are no whole number', 'loan.overdue_days', '1.5', ['loan.overdue_days', 'integer']],
    ['a date of another format', 'loan.due_date', '2024/04/10', ['loan.due_date', 'date-format']],
    ['a date not in the calendar', 'loan.due_date', '2024-02-30', ['loan.due_date', 'date']],
    ['a bank card failing Luhn', 'loan.bank_card', '6222020000000000985', ['loan.bank_card', 'card-luhn']],
    [
      'an ID number with a wrong check digit',
      'borrower.id_number',
      '110101199003071234',
      ['borrower.id_number', 'id-check'],
    ],
    ['a mobile of 10 digits', 'borrower.phone', '1530000232', ['borrower.phone', 'mobile']],
  ])('refuses %s, naming the field', (_name, path, text, expected) => {
    const draft = draftOf(file);
    draft.values[path] = text;
    expect(faults(sampleOf(draft)).map(([p, reason]) => [p, reason])).toContainEqual(expected);
  });

  it('refuses a built-in sample’s id and carries the values its message needs', () => {
    expect(faults({ ...file, id: base.id })).toEqual([['id', 'duplicate-id', { value: base.id }]]);
    const wrong = { ...file, loan: { ...file.loan, amount_due: 1 } };
    expect(faults(wrong)).toEqual([
      ['loan.amount_due', 'amount-sum', expect.objectContaining({ expected: '8480.00', value: 1 })],
    ]);
  });

  it('reports a JSON object that is not a sample by JSON path, as the form does', () => {
    const r = parseSampleInput(JSON.stringify({ ...file, loan: { ...file.loan, due_date: '2024-02-30' } }), builtin);
    expect(r.ok ? [] : r.problems.map((p) => [p.path?.join('.'), (p as SampleFault).reason])).toEqual([
      ['loan.due_date', 'date'],
    ]);
  });

  it.each([
    ['cn_id', '11010519491231002X', '110105********002X'],
    ['mobile', '13800001234', '138****1234'],
    ['bank_card', '6222020000000000984', '**** 0984'],
    ['text', '13800001234', '13800001234'],
  ] as const)('masks a %s for display', (kind, value, shown) => {
    expect(maskedText(kind, value)).toBe(shown);
  });

  it('names fields in the UI language, contacts with their number', () => {
    const own = (k: string) => `<${k}>`;
    expect(fieldName(['borrower', 'id_number'], SAMPLE_FIELDS, 'zh', own)).toBe('身份证号');
    expect(fieldName(['borrower', 'id_number'], SAMPLE_FIELDS, 'en', own)).toBe('resident ID number');
    expect(fieldName(['contacts', 1, 'phone'], SAMPLE_FIELDS, 'zh', own)).toBe('联系人电话 2');
    expect(fieldName(['id'], SAMPLE_FIELDS, 'zh', own)).toBe('<id>');
  });
});
