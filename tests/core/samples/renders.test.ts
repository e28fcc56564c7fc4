import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../src/core/render/render-template';
import { defaultTemplates } from '../../../src/core/samples/templates';
import { userSampleSchema, type SampleFile } from '../../../src/core/samples/schema';
import seed from '../../../samples/borrowers/seed-zhang-san.json';

/** Every domain filter on every field it is meant for. */
const EVERY_FILTER = [
  '{{ borrower.name | surname }}{{ borrower.gender | honorific }}{{ borrower.name | salutation: borrower.gender }}',
  '{{ borrower.id_number | mask_id }}{{ borrower.phone | mask_phone }}{{ loan.bank_card | mask_card }}',
  '{{ loan.bank_card | last4 }}{{ loan.contract_no | last4 }}',
  ...['principal', 'interest', 'penalty', 'amount_due'].map(
    (k) => `{{ loan.${k} | rmb_upper }}{{ loan.${k} | cny }}{{ loan.${k} | cny: '元' }}`,
  ),
  '{{ loan.due_date | date_cn }}{% if loan.loan_date %}{{ loan.loan_date | date_cn }}{% endif %}',
].join('');

const cents = fc.integer({ min: 0, max: 33_333_333_333_33 });
const day = fc.integer({ min: 0, max: 20_000 }).map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000));
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const sample = fc
  .record({
    amounts: fc.tuple(cents, cents, cents),
    due: day,
    overdue: fc.integer({ min: -30, max: 3000 }),
    gender: fc.constantFrom('男', '未知'),
  })
  .map(({ amounts: [p, i, f], due, overdue, gender }): SampleFile => {
    const s = structuredClone(seed) as SampleFile;
    Object.assign(s.loan, {
      principal: p / 100,
      interest: i / 100,
      penalty: f / 100,
      amount_due: (p + i + f) / 100,
      due_date: iso(due),
      overdue_days: overdue,
    });
    delete s.loan.loan_date;
    s.borrower.gender = gender as SampleFile['borrower']['gender'];
    return s;
  });

describe('a sample that passes userSampleSchema', () => {
  it('renders with every domain filter, whatever its amounts and dates', () => {
    fc.assert(
      fc.property(sample, (s) => {
        fc.pre(userSampleSchema.safeParse(s).success);
        const rendered = renderTemplate(EVERY_FILTER, s);
        expect(rendered.ok ? [] : rendered.problems).toEqual([]);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it('renders every example template', () => {
    for (const t of defaultTemplates()) {
      const rendered = renderTemplate(t.source, seed);
      expect(rendered.ok ? [] : rendered.problems.map((p) => `${t.id}: ${p.message}`)).toEqual([]);
    }
  });
});
