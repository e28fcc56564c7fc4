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

/** Input a filter refuses (negative amount, invalid date…). Surfaces as a `template/render` problem. */
export class FilterInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterInputError';
  }
}

const describe = (value: unknown): string =>
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
  throw new FilterInputError(`${filter} expects text or a number, got ${describe(value)}`);
}

/** A finite number from a number or a plain decimal string (`1234.56`, `1,234.56`); refuses anything else. */
export function amountOf(value: unknown, filter: string): number {
  let n = Number.NaN;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(value.trim())) {
    n = Number(value.trim().replace(/,/g, ''));
  }
  if (!Number.isFinite(n)) throw new FilterInputError(`${filter} expects an amount, got ${describe(value)}`);
  return n;
}
