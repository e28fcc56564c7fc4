import { fail, ok, type Result } from '../result';
import { duplicateKeyPath } from './duplicate-keys';
import { jsonErrorOffset } from './error-offset';

/** 1-based line and column (UTF-16 units) of a 0-based offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * The one JSON reader for text from a person or a file. A leading BOM is accepted; a syntax error is problem
 * `code` with the file and 1-based line:column of the first offending character (found by our own scanner, since
 * engines' `JSON.parse` messages differ and often carry no position); an object key given twice is `code` too,
 * with its JSON path and position (`JSON.parse` keeps the last of two equal keys, other readers the first, so one
 * file could mean two things). Never throws.
 */
export function parseJson(text: string, code: string, file?: string): Result<unknown> {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const body = bom === 1 ? text.slice(1) : text;
  const name = file ?? 'JSON';
  const where = file === undefined ? {} : { file };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const offset = jsonErrorOffset(body) ?? body.length;
    const at = lineColumnAt(text, offset + bom);
    return fail([
      {
        code,
        message: `${name}:${at.line}:${at.column}: invalid JSON`,
        ...where,
        ...at,
        params: { reason: 'json-syntax' },
      },
    ]);
  }
  const dup = duplicateKeyPath(body);
  if (dup !== undefined) {
    const key = JSON.stringify(String(dup.at(-1)));
    const params = { reason: 'json-duplicate-key', key: String(dup.at(-1)) };
    return fail([
      { code, message: `${name}: key ${key} appears twice (at ${dup.join('.')})`, ...where, path: dup, params },
    ]);
  }
  return ok(value);
}
