import { fail, ok, problemsFromZod, type Problem, type Result } from '../result';
import { parseJson } from '../json/parse-json';
import { userSampleSchema, type Sample } from './schema';

type JsonPath = (string | number)[];

/**
 * Validates sample files: `path -> parsed JSON` (a string value is parsed here, and a syntax error is
 * reported with its 1-based line and column, code `sample/json`). Each file holds one record or an array
 * of records. Invalid or untrue records (see `userSampleSchema`) become `sample/invalid` problems naming the file
 * and the JSON path; a repeated id becomes `sample/duplicate-id` (the first one, in path order, is kept). Valid records still
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
      const parsed = userSampleSchema.safeParse(record);
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
  const parsed = parseJson(value, 'sample/json', file);
  if (parsed.ok) return parsed.value;
  problems.push(...parsed.problems);
  return INVALID;
}
