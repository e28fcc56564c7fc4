/** How a form field is typed and shown. PII fields are masked while not being edited. */
export type FieldKind = 'text' | 'amount' | 'days' | 'date' | 'gender' | 'cn_id' | 'mobile' | 'bank_card';

export interface FormField {
  /** dotted path in the sample file (`loan.due_date`); contacts are handled as a list */
  path: string;
  kind: FieldKind;
  optional?: boolean;
}

export const SECTIONS = ['sample', 'borrower', 'loan', 'platform', 'lender', 'agency'] as const;
export type Section = (typeof SECTIONS)[number];

/** The form's fields in the order of samples/borrowers/*.json. */
export const FORM_FIELDS: readonly FormField[] = [
  { path: 'id', kind: 'text' },
  { path: 'label', kind: 'text' },
  { path: 'borrower.name', kind: 'text' },
  { path: 'borrower.gender', kind: 'gender' },
  { path: 'borrower.id_number', kind: 'cn_id' },
  { path: 'borrower.phone', kind: 'mobile' },
  { path: 'borrower.address', kind: 'text', optional: true },
  { path: 'borrower.employer', kind: 'text', optional: true },
  { path: 'loan.contract_no', kind: 'text' },
  { path: 'loan.product', kind: 'text', optional: true },
  { path: 'loan.loan_date', kind: 'date', optional: true },
  { path: 'loan.principal', kind: 'amount' },
  { path: 'loan.interest', kind: 'amount' },
  { path: 'loan.penalty', kind: 'amount' },
  { path: 'loan.amount_due', kind: 'amount' },
  { path: 'loan.due_date', kind: 'date' },
  { path: 'loan.overdue_days', kind: 'days' },
  { path: 'loan.bank_card', kind: 'bank_card' },
  { path: 'platform.name', kind: 'text' },
  { path: 'platform.signature', kind: 'text' },
  { path: 'platform.hotline', kind: 'text' },
  { path: 'platform.app_name', kind: 'text' },
  { path: 'platform.website', kind: 'text', optional: true },
  { path: 'lender.name', kind: 'text' },
  { path: 'lender.short_name', kind: 'text' },
  { path: 'agency.name', kind: 'text' },
  { path: 'agency.short_name', kind: 'text' },
  { path: 'agency.hotline', kind: 'text', optional: true },
];

export const sectionOf = (f: FormField): Section => (f.path.includes('.') ? f.path.split('.')[0] : 'sample') as Section;

export interface ContactDraft {
  name: string;
  relation: string;
  phone: string;
}

/** A sample as the form holds it: every value as typed (text), an agency switch and the contacts. */
export interface SampleDraft {
  values: Record<string, string>;
  agency: boolean;
  contacts: ContactDraft[];
}

const at = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);

const textOf = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

/** The form's text of a sample (or of any object read from JSON: what is not text becomes an empty field). */
export function draftOf(sample: unknown): SampleDraft {
  const values: Record<string, string> = {};
  for (const f of FORM_FIELDS) values[f.path] = textOf(at(sample, f.path));
  const contacts = at(sample, 'contacts');
  return {
    values,
    agency: typeof at(sample, 'agency') === 'object' && at(sample, 'agency') !== null,
    contacts: (Array.isArray(contacts) ? contacts : []).map((c: unknown) => ({
      name: textOf(at(c, 'name')),
      relation: textOf(at(c, 'relation')),
      phone: textOf(at(c, 'phone')),
    })),
  };
}

/** A number when the text is one (`1,234.5` too), else the text itself (so the schema names the wrong field). */
function numberOf(text: string): number | string {
  const plain = text.trim().replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
}

/**
 * The object a draft stands for, to be checked with the sample schema: numbers parsed, empty optional fields left
 * out, empty required ones missing (the schema reports them as required), the agency only when switched on.
 */
export function sampleOf(draft: SampleDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FORM_FIELDS) {
    if (f.path.startsWith('agency.') && !draft.agency) continue;
    const text = draft.values[f.path] ?? '';
    if (text.trim() === '') continue;
    const value = f.kind === 'amount' || f.kind === 'days' ? numberOf(text) : text.trim();
    const keys = f.path.split('.');
    const last = keys.pop() as string;
    let node = out;
    for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
    node[last] = value;
  }
  for (const section of ['borrower', 'loan', 'platform', 'lender'] as const) out[section] ??= {};
  if (draft.agency) out['agency'] ??= {};
  out['contacts'] = draft.contacts.map((c) => ({
    name: c.name.trim(),
    relation: c.relation.trim(),
    phone: c.phone.trim(),
  }));
  return out;
}

/** A PII value as the form shows it while it is not being edited (as the masking filters print it). */
export function maskedText(kind: FieldKind, value: string): string {
  const v = value.trim();
  if (v.length <= 4) return v;
  if (kind === 'cn_id') return v.length >= 14 ? v.slice(0, 6) + '*'.repeat(v.length - 10) + v.slice(-4) : v;
  if (kind === 'mobile') return v.length >= 8 ? v.slice(0, 3) + '*'.repeat(v.length - 7) + v.slice(-4) : v;
  if (kind === 'bank_card') return `**** ${v.slice(-4)}`;
  return v;
}
