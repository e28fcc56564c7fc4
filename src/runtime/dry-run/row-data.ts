import { problemsFromZod, SAMPLE_FIELDS, sampleDataSchema, type Problem, type SampleData } from '../../core/index';

/** A column the data knows: its path (`loan.amount_due`, `contacts.0.name`) split, and whether it holds a number. */
export interface Column {
  index: number;
  path: (string | number)[];
  number: boolean;
}

/** The header read: the columns that fill the data, those ignored, and a problem per duplicate or missing column. */
export interface Header {
  columns: Column[];
  ignored: string[];
  problems: Problem[];
}

const FIELDS = new Map(SAMPLE_FIELDS.filter((f) => f.type !== 'list').map((f) => [f.path, f]));
/** Columns every row needs (`agency.*` only when a row has an agency; `contacts` may be absent: no contacts). */
const REQUIRED = SAMPLE_FIELDS.filter(
  (f) => f.type !== 'list' && !f.optional && !f.path.startsWith('agency.') && !f.path.startsWith('contacts.'),
).map((f) => f.path);

/** `contacts.2.name` → the field `contacts.name` at index 2; any other name as it is. */
function columnPath(name: string): { field: string; path: (string | number)[] } {
  const contact = /^contacts\.(\d{1,3})\.([a-z_]+)$/.exec(name);
  if (contact) return { field: `contacts.${contact[2]}`, path: ['contacts', Number(contact[1]), contact[2] as string] };
  return { field: name, path: name.split('.') };
}

/**
 * Reads the header row: dotted column names of the sample data (`borrower.name`, `loan.overdue_days`,
 * `contacts.0.phone` …; see SAMPLE_FIELDS). Unknown names are ignored (listed); a name given twice and a
 * required field without a column are `csv/header` problems.
 */
export function readHeader(names: readonly string[]): Header {
  const columns: Column[] = [];
  const ignored: string[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of names.entries()) {
    const name = raw.trim();
    const { field, path } = columnPath(name);
    const info = FIELDS.get(field);
    if (!info) {
      ignored.push(name);
      continue;
    }
    if (seen.has(name)) {
      const params = { reason: 'csv-duplicate-column', column: name };
      problems.push({ code: 'csv/header', message: `column "${name}" is given twice`, path: [index], params });
      continue;
    }
    seen.add(name);
    columns.push({ index, path, number: info.type === 'number' });
  }
  const missing = REQUIRED.filter((p) => !seen.has(p));
  if (missing.length > 0) {
    const params = { reason: 'csv-missing-columns', columns: missing.join(', ') };
    problems.push({ code: 'csv/header', message: `the header has no column for ${missing.join(', ')}`, params });
  }
  return { columns, ignored, problems };
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function put(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = typeof path[i + 1] === 'number' ? [] : {};
    node = (node[key] ??= next) as Record<string | number, unknown>;
  }
}

/**
 * The data of one row: each non-empty cell at its path (numbers read as numbers; anything else stays text so the
 * schema names it), `contacts` empty when the row has none. Empty cells are absent, so an empty required cell is a
 * "missing" problem at its path.
 */
export function rowData(columns: readonly Column[], fields: readonly string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const c of columns) {
    const cell = (fields[c.index] ?? '').trim();
    if (cell === '') continue;
    put(data, c.path, c.number && DECIMAL.test(cell) ? Number(cell) : cell);
  }
  const contacts = Array.isArray(data.contacts) ? data.contacts.filter((c) => c !== undefined) : [];
  data.contacts = contacts;
  return data;
}

/** The row's data checked by the sample data schema: problems `row/invalid` with the JSON path of each issue. */
export function validRow(data: unknown): { ok: true; value: SampleData } | { ok: false; problems: Problem[] } {
  const parsed = sampleDataSchema.safeParse(data);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: problemsFromZod(parsed.error.issues, 'row/invalid') };
}
