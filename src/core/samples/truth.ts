import { luhnValid } from '../pii/luhn';
import { cnIdBirth, cnIdGender, cnIdIssue } from './cn-id-issue';
import { dayNumber, isoOfDay, localDay, yearsBetween } from './dates';

/** What can be untrue in a sample that is well-formed: each a `params.issue` of the zod issue it becomes. */
export const SAMPLE_ISSUES = [
  'id-format',
  'id-region',
  'id-birth',
  'id-check',
  'id-gender',
  'borrower-minor',
  'mobile',
  'contact-phone',
  'card-format',
  'card-luhn',
  'amount-cents',
  'amount-max',
  'amount-sum',
  'loan-after-due',
  'loan-after-as-of',
  'overdue-future',
] as const;
export type SampleIssueCode = (typeof SAMPLE_ISSUES)[number];

/** One untrue value: where (JSON path in the sample file), what (`issue`), the values a message needs (`vars`). */
export interface SampleIssue {
  path: (string | number)[];
  issue: SampleIssueCode;
  vars: Record<string, string | number>;
  /** English, for logs and the CLI; the UI words `issue` + `vars` itself */
  message: string;
}

/** The parts of a sample the truth checks read (a parsed sample file or sample data). */
export interface TruthInput {
  borrower: { gender: string; id_number: string; phone: string };
  loan: {
    loan_date?: string | undefined;
    due_date: string;
    overdue_days: number;
    bank_card: string;
    principal: number;
    interest: number;
    penalty: number;
    amount_due: number;
  };
  contacts: readonly { phone: string }[];
}

/** Amounts the money filters (cny, rmb_upper) can still write exactly. */
export const MAX_AMOUNT = 1e12;
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;
const AMOUNTS = ['principal', 'interest', 'penalty', 'amount_due'] as const;
const cents = (n: number): number => Math.round(n * 100);

/**
 * What a well-formed sample states that cannot be true, so that every template renders it honestly:
 * - `borrower.id_number`: GB 11643 (see `cnIdIssue`); its sex digit agrees with a 男/女 gender; 18 or older on the loan
 *   date (or on the sample's date when there is none);
 * - `borrower.phone` a mainland mobile (1[3-9] + 9 digits), `contacts[i].phone` a mobile or a landline (0xx-xxxxxxxx);
 * - `loan.bank_card` 16–19 digits passing Luhn;
 * - amounts in whole cents, at most 1,000,000,000,000, and `amount_due = principal + interest + penalty`;
 * - dates: `loan_date` not after `due_date`. A sample describes one day, its *date*: `due_date + overdue_days`
 *   (negative before the due date). An overdue sample (`overdue_days` ≥ 1) must not be dated after `today` — a
 *   borrower cannot be 30 days overdue on a day that has not come — and the loan must exist on the sample's date.
 *   A pre-due sample may be dated in the future.
 */
export function sampleTruthIssues(s: TruthInput, today: Date = new Date()): SampleIssue[] {
  const out: SampleIssue[] = [];
  const add = (path: SampleIssue['path'], issue: SampleIssueCode, message: string, vars = {}): void => {
    out.push({ path, issue, vars, message });
  };
  const { borrower, loan } = s;
  const dated = dayNumber(loan.due_date) + loan.overdue_days;
  const id = cnIdIssue(borrower.id_number, today);
  if (id) {
    const { issue, ...vars } = id;
    add(['borrower', 'id_number'], issue, `not a valid resident ID number (${issue})`, vars);
  } else {
    const sex = cnIdGender(borrower.id_number);
    if (borrower.gender !== '未知' && borrower.gender !== sex) {
      add(['borrower', 'gender'], 'id-gender', `the ID number is a ${sex} person's`, { expected: sex });
    }
    const on = loan.loan_date ?? isoOfDay(dated);
    const age = yearsBetween(cnIdBirth(borrower.id_number), on);
    if (age < 18) add(['borrower', 'id_number'], 'borrower-minor', `the borrower is ${age} on ${on}`, { age, on });
  }
  if (!MOBILE.test(borrower.phone)) add(['borrower', 'phone'], 'mobile', 'not a mainland mobile number');
  s.contacts.forEach((c, i) => {
    if (!MOBILE.test(c.phone) && !LANDLINE.test(c.phone)) {
      add(['contacts', i, 'phone'], 'contact-phone', 'not a mobile or landline number');
    }
  });
  if (!/^\d{16,19}$/.test(loan.bank_card)) add(['loan', 'bank_card'], 'card-format', 'a card number has 16–19 digits');
  else if (!luhnValid(loan.bank_card)) add(['loan', 'bank_card'], 'card-luhn', 'the Luhn check digit is wrong');
  const before = out.length;
  for (const key of AMOUNTS) {
    const n = loan[key];
    if (n > MAX_AMOUNT) add(['loan', key], 'amount-max', 'above 1,000,000,000,000', { max: MAX_AMOUNT });
    else if (Math.abs(n * 100 - cents(n)) > 1e-6) add(['loan', key], 'amount-cents', 'more than 2 decimals');
  }
  const sum = cents(loan.principal) + cents(loan.interest) + cents(loan.penalty);
  const negative = AMOUNTS.some((key) => loan[key] < 0);
  if (out.length === before && !negative && sum !== cents(loan.amount_due)) {
    const expected = (sum / 100).toFixed(2);
    add(['loan', 'amount_due'], 'amount-sum', `principal + interest + penalty = ${expected}`, { expected });
  }
  if (loan.loan_date !== undefined && loan.loan_date > loan.due_date) {
    add(['loan', 'loan_date'], 'loan-after-due', 'the loan date is after the due date');
  } else if (loan.loan_date !== undefined && dayNumber(loan.loan_date) > dated) {
    add(['loan', 'loan_date'], 'loan-after-as-of', `the loan did not exist yet on ${isoOfDay(dated)}`, {
      date: isoOfDay(dated),
    });
  }
  if (loan.overdue_days > 0 && dated > localDay(today)) {
    add(['loan', 'overdue_days'], 'overdue-future', `${loan.due_date} + ${loan.overdue_days} days is in the future`, {
      date: isoOfDay(dated),
    });
  }
  return out;
}
