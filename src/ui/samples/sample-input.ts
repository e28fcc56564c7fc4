import {
  fail,
  jsonPathText,
  ok,
  parseJson,
  userSampleSchema,
  type Problem,
  type Result,
  type Sample,
  type SampleFile,
} from '../../core/model';
import { faultsOf, type SampleFault } from './sample-faults';

export const SAMPLE_INPUT_FILE = 'sample.json';

/**
 * Where a JSON text stops being JSON: problem `code` with the file and 1-based line:column (core's JSON reader);
 * `undefined` when the text parses. Only syntax: a key given twice is not reported here.
 */
export function jsonSyntaxProblem(text: string, file: string, code: string): Problem | undefined {
  const read = parseJson(text, code, file);
  return read.ok ? undefined : read.problems.find((p) => p.line !== undefined);
}

/**
 * A user sample typed or pasted as JSON: one object of the sample file schema whose id is not a built-in sample's.
 * Problems: `sample/json` (line, column; or the JSON path of a key given twice), `sample/not-object`, and the faults
 * of `checkSample`.
 */
export function parseSampleInput(text: string, builtinIds: ReadonlySet<string>): Result<SampleFile> {
  const read = parseJson(text, 'sample/json', SAMPLE_INPUT_FILE);
  if (!read.ok) return fail(read.problems);
  const json = read.value;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const fault: SampleFault = {
      code: 'sample/not-object',
      message: 'expected one sample object { "id", "label", "borrower", … }',
      file: SAMPLE_INPUT_FILE,
      path: [],
      reason: 'not-object',
      vars: {},
    };
    return fail([fault]);
  }
  return checkSample(json, builtinIds);
}

/**
 * A sample given as an object (the form, or parsed JSON) checked as the worker will check it: well-formed and true
 * (`userSampleSchema`), with an id that is not a built-in sample's. Failures are `SampleFault`s (`sample/invalid`
 * with the JSON path, `sample/duplicate-id`), so a sample that could not render is never saved.
 */
export function checkSample(value: unknown, builtinIds: ReadonlySet<string>): Result<SampleFile> {
  // NOTE: validated here on the main thread (the checker validates again when the sample joins the set); moving
  // it into the worker would need a request of its own in the worker protocol.
  const parsed = userSampleSchema.safeParse(value);
  if (!parsed.success) return fail(faultsOf(parsed.error.issues, value, SAMPLE_INPUT_FILE));
  if (builtinIds.has(parsed.data.id)) {
    const fault: SampleFault = {
      code: 'sample/duplicate-id',
      message: `"${parsed.data.id}" is a built-in sample's id`,
      file: SAMPLE_INPUT_FILE,
      path: ['id'],
      reason: 'duplicate-id',
      vars: { value: parsed.data.id },
    };
    return fail([fault]);
  }
  return ok(parsed.data);
}

/** A sample as the JSON a person edits (id and label first). */
export const sampleJson = (s: Sample | SampleFile): string =>
  `${JSON.stringify('data' in s ? { id: s.id, label: s.label, ...s.data } : s, null, 2)}\n`;

/** A free id for a copy of `id` (`id-copy`, `id-copy-2`, …). */
export function copyId(id: string, taken: ReadonlySet<string>): string {
  let candidate = `${id}-copy`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-copy-${n}`;
  return candidate;
}

/** A JSON path as people read it: `loan.due_date`, `contacts[0].phone` (the problems' own path text). */
export const pathText = jsonPathText;
