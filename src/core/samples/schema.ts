import { z } from 'zod';
import { isIsoDate } from './dates';
import { sampleTruthIssues } from './truth';

/** A real calendar date as YYYY-MM-DD (2024-02-29 yes, 2024-02-30 no). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isIsoDate, { message: 'not a date of the calendar', params: { issue: 'date' } });
const money = z.number().finite().nonnegative();

export const GENDERS = ['男', '女', '未知'] as const;

export const borrowerSchema = z.strictObject({
  name: z.string().min(1),
  gender: z.enum(GENDERS),
  id_number: z.string().min(1),
  phone: z.string().min(1),
  address: z.string().optional(),
  employer: z.string().optional(),
});

export const loanSchema = z.strictObject({
  contract_no: z.string().min(1),
  product: z.string().optional(),
  loan_date: isoDate.optional(),
  principal: money,
  interest: money,
  penalty: money,
  amount_due: money,
  due_date: isoDate,
  /** negative before the due date (D-1 = -1), 0 on the due date */
  overdue_days: z.number().int(),
  bank_card: z.string().min(1),
});

export const platformSchema = z.strictObject({
  name: z.string().min(1),
  signature: z.string().min(1),
  hotline: z.string().min(1),
  app_name: z.string().min(1),
  website: z.string().optional(),
});

export const lenderSchema = z.strictObject({
  name: z.string().min(1),
  short_name: z.string().min(1),
});

export const agencySchema = z.strictObject({
  name: z.string().min(1),
  short_name: z.string().min(1),
  hotline: z.string().optional(),
});

export const contactSchema = z.strictObject({
  name: z.string().min(1),
  relation: z.string().min(1),
  phone: z.string().min(1),
});

/** What a template sees: `{{ borrower.name }}`, `{{ loan.amount_due | rmb_upper }}` … */
export const sampleDataSchema = z.strictObject({
  borrower: borrowerSchema,
  loan: loanSchema,
  platform: platformSchema,
  lender: lenderSchema,
  agency: agencySchema.optional(),
  contacts: z.array(contactSchema),
});

/** One file in samples/borrowers/ (and a stored user sample): the data plus an id and a label for the preview. */
export const sampleFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
  label: z.string().min(1),
  ...sampleDataSchema.shape,
});

/**
 * A sample the checks may use (the repo's and a user's own, at entry and when loaded): well-formed and also true
 * (`sampleTruthIssues`: valid ID, mobile and card numbers, amounts that add up, a date that agrees with the days
 * overdue), so every template renders it honestly. Each untrue value is a `custom` issue at its JSON path whose
 * `params.issue` says what is wrong (one of SAMPLE_ISSUES) and whose other params are the values a message needs.
 */
export const userSampleSchema = sampleFileSchema.superRefine((sample, ctx) => {
  for (const { path, message, issue, vars } of sampleTruthIssues(sample)) {
    ctx.addIssue({ code: 'custom', path, message, params: { issue, ...vars } });
  }
});

export type SampleData = z.infer<typeof sampleDataSchema>;
export type SampleFile = z.infer<typeof sampleFileSchema>;

export interface Sample {
  id: string;
  label: string;
  data: SampleData;
}
