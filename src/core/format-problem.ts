import type { Lang } from './check/format-finding';
import type { Problem } from './result';
import { PROBLEM_WORDS } from './problem-words';

type Words = (typeof PROBLEM_WORDS)[Lang];
type Params = Record<string, string | number>;

const fill = (text: string, params: Params): string =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : ''));

/** A JSON path as people read it: `templates[0].id`. */
export function jsonPathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function zodText(words: Words, params: Params): string {
  const zod = String(params['zod']);
  if (params['missing'] !== undefined) return words.zod.missing;
  if (zod === 'invalid_type') {
    const expected = String(params['expected'] ?? '');
    const type = (words.types as Record<string, string>)[expected] ?? expected;
    return fill(words.zod.invalid_type, { expected: type });
  }
  if (zod === 'too_small' || zod === 'too_big') {
    const origin = params['origin'] === 'string' || params['origin'] === 'array' ? params['origin'] : 'number';
    return fill(words.zod[`${zod}_${origin}`], params);
  }
  const known = (words.zod as Record<string, string>)[zod];
  return fill(known ?? words.zod.other, params);
}

/**
 * A problem's message in `lang`, from its code and data (never core's English `message`, except in English for a
 * code this table does not know). The place (file, JSON path, line) is not included: see `problemPlace`.
 */
export function formatProblem(problem: Problem, lang: Lang): string {
  const words: Words = PROBLEM_WORDS[lang];
  const params: Params = {
    code: problem.code,
    file: problem.file ?? '',
    path: jsonPathText(problem.path ?? []),
    rule: problem.ruleId ?? '',
    sample: problem.sampleId ?? '',
    variable: problem.variable ?? '',
    line: problem.line ?? '',
    column: problem.column ?? '',
    ...problem.params,
  };
  if (problem.params?.['zod'] !== undefined) return zodText(words, params);
  const reason = problem.params?.['reason'];
  const byReason = reason === undefined ? undefined : (words.reasons as Record<string, string>)[String(reason)];
  if (byReason) return fill(byReason, params);
  const byCode = (words.codes as Record<string, string>)[problem.code];
  if (byCode) return fill(byCode, params);
  return lang === 'en' && problem.message ? problem.message : fill(words.unknown, params);
}

/** Where a problem is, in `lang`: `file → JSON path`, or the line and column; '' when it names no place. */
export function problemPlace(problem: Problem, lang: Lang): string {
  const words: Words = PROBLEM_WORDS[lang];
  const path = problem.path ?? [];
  const inside =
    path.length > 0
      ? jsonPathText(path)
      : problem.line !== undefined
        ? fill(words.atLine, { line: problem.line, column: problem.column ?? 1 })
        : problem.params?.['zod'] !== undefined
          ? words.root
          : '';
  return [problem.file, inside].filter(Boolean).join(' → ');
}

/** `place：message` (or the message alone), the way a list of problems shows one. */
export function formatProblemAt(problem: Problem, lang: Lang): string {
  const place = problemPlace(problem, lang);
  const message = formatProblem(problem, lang);
  return place ? `${place}${lang === 'zh' ? '：' : ': '}${message}` : message;
}
