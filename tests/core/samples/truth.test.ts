import { describe, expect, it } from 'vitest';
import { sampleFileSchema, userSampleSchema, type SampleFile } from '../../../src/core/samples/schema';
import { sampleTruthIssues } from '../../../src/core/samples/truth';
import seed from '../../../samples/borrowers/seed-zhang-san.json';
import preDue from '../../../samples/borrowers/sima-jingjing.json';

const TODAY = new Date(2026, 11, 6, 12);
type Patch = (s: SampleFile) => void;
const patched = (base: unknown, patch: Patch): SampleFile => {
  const copy = structuredClone(base) as SampleFile;
  patch(copy);
  return copy;
};
const issues = (s: SampleFile) => sampleTruthIssues(s, TODAY).map((i) => [i.path.join('.'), i.issue, i.vars]);

describe('sampleTruthIssues', () => {
  it('finds nothing untrue in the bundled seed and pre-due samples', () => {
    expect(issues(patched(seed, () => {}))).toEqual([]);
    expect(issues(patched(preDue, () => {}))).toEqual([]);
  });

  it.each<[string, Patch, [string, string, Record<string, unknown>]]>([
    [
      'an ID number with a wrong check digit',
      (s) => (s.borrower.id_number = '110101199003071234'),
      ['borrower.id_number', 'id-check', { expected: '3' }],
    ],
    [
      'an ID number with a lower-case x',
      (s) => (s.borrower.id_number = '11010519491231002x'),
      ['borrower.id_number', 'id-format', {}],
    ],
    [
      'an ID number of 17 characters',
      (s) => (s.borrower.id_number = '11010119900307123'),
      ['borrower.id_number', 'id-format', {}],
    ],
    [
      'an ID number of province 99',
      (s) => (s.borrower.id_number = '990101199003071234'),
      ['borrower.id_number', 'id-region', { region: '990101' }],
    ],
    [
      'an ID number of city 00',
      (s) => (s.borrower.id_number = '110001199003071234'),
      ['borrower.id_number', 'id-region', { region: '110001' }],
    ],
    [
      'an ID number born on 1990-02-30',
      (s) => (s.borrower.id_number = '110101199002301234'),
      ['borrower.id_number', 'id-birth', { birth: '19900230' }],
    ],
    [
      'an ID number born tomorrow',
      (s) => (s.borrower.id_number = '110101202612070000'),
      ['borrower.id_number', 'id-birth', { birth: '20261207' }],
    ],
    [
      'a 男 borrower with a woman’s ID number',
      (s) => (s.borrower.id_number = '11010519491231002X'),
      ['borrower.gender', 'id-gender', { expected: '女' }],
    ],
    [
      'a borrower of 17 on the loan date',
      (s) => (s.borrower.id_number = '110105200506010011'),
      ['borrower.id_number', 'borrower-minor', { age: 17, on: '2023-03-01' }],
    ],
    ['a phone of 10 digits', (s) => (s.borrower.phone = '1380000123'), ['borrower.phone', 'mobile', {}]],
    ['a phone starting 12', (s) => (s.borrower.phone = '12800001234'), ['borrower.phone', 'mobile', {}]],
    [
      'a contact phone that is no number',
      (s) => (s.contacts[0]!.phone = '138-abc'),
      ['contacts.0.phone', 'contact-phone', {}],
    ],
    ['a card failing Luhn', (s) => (s.loan.bank_card = '6222020000000000985'), ['loan.bank_card', 'card-luhn', {}]],
    ['a card of 15 digits', (s) => (s.loan.bank_card = '622202000000009'), ['loan.bank_card', 'card-format', {}]],
    ['an amount in tenths of cents', (s) => (s.loan.penalty = 0.005), ['loan.penalty', 'amount-cents', {}]],
    ['an amount above one trillion', (s) => (s.loan.principal = 2e12), ['loan.principal', 'amount-max', { max: 1e12 }]],
    [
      'an amount due that is not the sum',
      (s) => (s.loan.amount_due = 9999),
      ['loan.amount_due', 'amount-sum', { expected: '10000.00' }],
    ],
    [
      'a loan date after the due date',
      (s) => (s.loan.loan_date = '2023-04-01'),
      ['loan.loan_date', 'loan-after-due', {}],
    ],
    [
      'a loan date after the pre-due sample’s date',
      (s) => ((s.loan.overdue_days = -20), (s.loan.loan_date = '2023-03-20')),
      ['loan.loan_date', 'loan-after-as-of', { date: '2023-03-05' }],
    ],
    [
      '7 days overdue on a day that has not come',
      (s) => (s.loan.due_date = '2026-12-01'),
      ['loan.overdue_days', 'overdue-future', { date: '2026-12-08' }],
    ],
  ])('reports %s', (_name, patch, expected) => {
    expect(issues(patched(seed, patch))).toEqual([expected]);
  });

  it('accepts an overdue sample dated today and a pre-due sample dated in the future', () => {
    expect(issues(patched(seed, (s) => ((s.loan.due_date = '2026-11-29'), (s.loan.overdue_days = 7))))).toEqual([]);
    expect(issues(patched(seed, (s) => ((s.loan.due_date = '2027-03-01'), (s.loan.overdue_days = -3))))).toEqual([]);
  });

  it('accepts any gender’s ID number for 未知, and a landline contact', () => {
    const s = patched(seed, (x) => ((x.borrower.gender = '未知'), (x.contacts[0]!.phone = '010-12345678')));
    expect(issues(s)).toEqual([]);
  });
});

describe('userSampleSchema', () => {
  it('leaves sampleFileSchema (what storage reads) to the structure', () => {
    const untrue = patched(seed, (s) => (s.loan.bank_card = '6222020000000000985'));
    expect(sampleFileSchema.safeParse(untrue).success).toBe(true);
    expect(userSampleSchema.safeParse(untrue).success).toBe(false);
  });

  it('refuses 2024-02-30 as a due date and accepts 2024-02-29', () => {
    const bad = userSampleSchema.safeParse(patched(seed, (s) => (s.loan.due_date = '2024-02-30')));
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['loan.due_date', 'custom'],
    ]);
    const good = patched(seed, (s) => ((s.loan.due_date = '2024-02-29'), (s.loan.overdue_days = 1)));
    expect(userSampleSchema.safeParse(good).success).toBe(true);
  });

  it('carries what is untrue as params.issue, with the JSON path', () => {
    const r = userSampleSchema.safeParse(patched(seed, (s) => (s.loan.bank_card = '6222020000000000985')));
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), (i as { params?: object }).params])).toEqual([
      ['loan.bank_card', { issue: 'card-luhn' }],
    ]);
  });

  it('refuses a negative amount', () => {
    const r = userSampleSchema.safeParse(patched(seed, (s) => (s.loan.interest = -1)));
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['loan.interest', 'too_small'],
    ]);
  });
});
