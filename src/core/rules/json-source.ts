import type { Problem } from '../result';

/** Parses a file's text as JSON; a syntax error becomes a problem with 1-based line/column where known. */
export function parseJsonFile(
  text: string,
  file: string,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = (e as Error).message;
    const problem: Problem = { code: 'rule/json', message: `${file}: ${message}`, file, path: [] };
    const lc = /line (\d+) column (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    if (lc) {
      problem.line = Number(lc[1]);
      problem.column = Number(lc[2]);
    } else if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const lines = before.split('\n');
      problem.line = lines.length;
      problem.column = (lines.at(-1)?.length ?? 0) + 1;
    }
    return { ok: false, problem };
  }
}
