import { fail, ok, problemsFromZod, type Problem, type Result } from '../result';
import { sampleFileSchema, type Sample } from './schema';

type JsonPath = (string | number)[];

/**
 * Validates sample files: `path -> parsed JSON` (a string value is parsed here, and a syntax error is
 * reported with its 1-based line and column, code `sample/json`). Each file holds one record or an array
 * of records. Invalid records become `sample/invalid` problems naming the file and the JSON path; a
 * repeated id becomes `sample/duplicate-id` (the first one, in path order, is kept). Valid records still
 * load: on problems the result is `{ ok: false, problems, partial: validSamples }`. Samples are sorted by id.
 */
export function loadSamples(files: Record<string, unknown>): Result<Sample[]> {
  const problems: Problem[] = [];
  const samples: Sample[] = [];
  const firstFile = new Map<string, string>();
  for (const file of Object.keys(files).sort()) {
    const json = parseText(files[file], file, problems);
    if (json === INVALID) continue;
    const records: [unknown, JsonPath][] = Array.isArray(json) ? json.map((r, i) => [r, [i]]) : [[json, []]];
    for (const [record, prefix] of records) {
      const parsed = sampleFileSchema.safeParse(record);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
        problems.push(...problemsFromZod(issues, 'sample/invalid', file));
        continue;
      }
      const { id, label, ...data } = parsed.data;
      const first = firstFile.get(id);
      if (first !== undefined) {
        problems.push({
          code: 'sample/duplicate-id',
          message: `${file}: sample id "${id}" is already used in ${first}`,
          file,
          path: [...prefix, 'id'],
        });
        continue;
      }
      firstFile.set(id, file);
      samples.push({ id, label, data });
    }
  }
  samples.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return problems.length === 0 ? ok(samples) : fail(problems, samples);
}

const INVALID = Symbol('invalid');

function parseText(value: unknown, file: string, problems: Problem[]): unknown {
  if (typeof value !== 'string') return value;
  const bom = value.startsWith('\uFEFF') ? 1 : 0;
  const text = value.slice(bom);
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    const at = offset === undefined ? undefined : lineColumn(value, offset + bom);
    const where = at ? `:${at.line}:${at.column}` : '';
    problems.push({ code: 'sample/json', message: `${file}${where}: invalid JSON`, file, ...at });
    return INVALID;
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

// NOTE: JSON.parse messages differ between engines and often carry no position, so the first
// offending offset is found by this small RFC 8259 scanner (run only after JSON.parse failed).
function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const stop = (): never => {
    throw i;
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const sticky = (re: RegExp): void => {
    re.lastIndex = i;
    if (!re.test(text)) stop();
    i = re.lastIndex;
  };
  const str = (): void => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') stop();
      i++;
      if (c === '"') return;
      if (c !== '\\') continue;
      if (text[i] === 'u') {
        i++;
        sticky(HEX4);
      } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
      else stop();
    }
  };
  const container = (close: string, member: () => void): void => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else stop();
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      container('}', () => {
        ws();
        if (text[i] !== '"') stop();
        str();
        ws();
        if (text[i] !== ':') stop();
        i++;
        value();
      });
    } else if (c === '[') container(']', value);
    else if (c === '"') str();
    else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      if (!text.startsWith(word, i)) stop();
      i += word.length;
    } else sticky(NUMBER);
  };
  try {
    value();
    ws();
    if (i < text.length) stop();
    return undefined;
  } catch (at) {
    return typeof at === 'number' ? at : undefined;
  }
}
