import {
  SAMPLE_ISSUES,
  zodIssueParams,
  type FieldInfo,
  type Lang,
  type Problem,
  type SampleIssueCode,
} from '../../core/model';

/** Why a sample was refused, as data: the message is chosen (and worded in the UI language) when it is shown. */
export const FAULT_REASONS = [
  'required',
  'number',
  'integer',
  'text',
  'empty',
  'negative',
  'gender',
  'date-format',
  'date',
  'sample-id',
  'unknown-keys',
  'duplicate-id',
  'not-object',
  'other',
  ...SAMPLE_ISSUES,
] as const;
export type FaultReason = (typeof FAULT_REASONS)[number];

/** A problem of a sample given by a person: where (`path`), why (`reason`) and the values its message needs. */
export interface SampleFault extends Problem {
  reason: FaultReason;
  vars: Record<string, string | number>;
}

/** What the faults read from a zod issue (zod 4's issue shape, loosely). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  origin?: unknown;
  format?: unknown;
  keys?: readonly string[];
  params?: Record<string, unknown>;
}

const ISSUES: ReadonlySet<string> = new Set(SAMPLE_ISSUES);
const isIssue = (v: unknown): v is SampleIssueCode => typeof v === 'string' && ISSUES.has(v);

const valueAt = (root: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], root);

function reasonOf(issue: IssueLike, value: unknown, path: (string | number)[]): FaultReason {
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(value, path) === undefined) return 'required';
      return issue.expected === 'int' ? 'integer' : issue.expected === 'number' ? 'number' : 'text';
    case 'too_small':
      return issue.origin === 'number' ? 'negative' : 'empty';
    case 'invalid_value':
      return 'gender';
    case 'invalid_format':
      return last === 'id' ? 'sample-id' : 'date-format';
    case 'unrecognized_keys':
      return 'unknown-keys';
    case 'custom': {
      const named = issue.params?.['issue'];
      return named === 'date' ? 'date' : isIssue(named) ? named : 'other';
    }
    default:
      return 'other';
  }
}

/** The faults of a sample's zod issues (`value` is what was parsed: it tells a missing field from a wrong one). */
export function faultsOf(issues: readonly IssueLike[], value: unknown, file?: string): SampleFault[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const reason = reasonOf(issue, value, path);
    const vars: Record<string, string | number> = { message: issue.message };
    for (const [k, v] of Object.entries(issue.params ?? {})) {
      if (k !== 'issue' && (typeof v === 'string' || typeof v === 'number')) vars[k] = v;
    }
    if (reason === 'unknown-keys') vars['keys'] = (issue.keys ?? []).join(', ');
    const at = valueAt(value, path);
    if (typeof at === 'string' || typeof at === 'number') vars['value'] = at;
    return {
      code: 'sample/invalid',
      message: issue.message,
      ...(file === undefined ? {} : { file }),
      path,
      params: zodIssueParams(issue),
      reason,
      vars,
    };
  });
}

/** A field's name in the UI language: `contacts[0].phone` reads as the contact phone's label, without its note. */
export function fieldName(
  path: readonly (string | number)[],
  fields: readonly FieldInfo[],
  lang: Lang,
  own: (key: 'id' | 'label' | 'sample') => string,
): string {
  const dotted = path.filter((p) => typeof p === 'string').join('.');
  if (dotted === 'id' || dotted === 'label') return own(dotted);
  const info = fields.find((f) => f.path === dotted);
  if (!info) return dotted === '' ? own('sample') : dotted;
  const name = info[lang].replace(/\s*[（(][^）)]*[）)]$/, '');
  const index = path.find((p) => typeof p === 'number');
  return index === undefined ? name : `${name} ${index + 1}`;
}
