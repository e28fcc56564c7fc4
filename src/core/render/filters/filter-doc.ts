/** One worked example: `{{ input | name: ...args }}` renders `output`. Tests run every example. */
export interface FilterExample {
  input: unknown;
  args?: unknown[];
  output: string;
}

/** A domain filter with the docs the editor shows on completion and hover. */
export interface FilterDoc {
  name: string;
  zh: string;
  en: string;
  /** argument synopsis, e.g. `'元'` */
  args?: string;
  examples: readonly FilterExample[];
  /** Throws `FilterInputError` on input it cannot render honestly; liquidjs turns that into a render error. */
  apply: (value: unknown, ...args: unknown[]) => string;
}

/** Why a filter refused its input: the problem's `reason`, worded at the edge (`formatProblem`). */
export type FilterRefusal = 'not-date' | 'not-scalar' | 'not-amount' | 'bad-style' | 'too-large' | 'negative';

/**
 * Input a filter refuses (negative amount, invalid date…). Surfaces as a `template/render` problem whose params
 * carry `reason` and the refused `value`; `message` stays English for logs.
 */
export class FilterInputError extends Error {
  constructor(
    message: string,
    readonly reason: FilterRefusal,
    readonly value: string,
  ) {
    super(message);
    this.name = 'FilterInputError';
  }
}

/** A refused value as the writer would recognise it: strings quoted, nil, object. */
export const describe = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value)
    : value === null
      ? 'nil'
      : typeof value === 'object'
        ? typeof value
        : String(value);

/** Text form of a scalar filter input: strings trimmed, numbers as written, nil as ''. Objects are refused. */
export function scalarText(value: unknown, filter: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  throw new FilterInputError(
    `${filter} expects text or a number, got ${describe(value)}`,
    'not-scalar',
    describe(value),
  );
}

/** A finite number from a number or a plain decimal string (`1234.56`, `1,234.56`); refuses anything else. */
export function amountOf(value: unknown, filter: string): number {
  let n = Number.NaN;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(value.trim())) {
    n = Number(value.trim().replace(/,/g, ''));
  }
  if (!Number.isFinite(n)) {
    throw new FilterInputError(`${filter} expects an amount, got ${describe(value)}`, 'not-amount', describe(value));
  }
  return n;
}
