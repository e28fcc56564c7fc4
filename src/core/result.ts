/** Where a problem applies: a file, a JSON path inside it, and/or 0-based UTF-16 offsets. */
export interface Problem {
  /** `area/what`, e.g. `rule/invalid`, `template/parse`, `sample/invalid`, `internal`. */
  code: string;
  message: string;
  file?: string;
  /** JSON path inside `file`, e.g. `['params', 'terms', 3]`. */
  path?: (string | number)[];
  /** 0-based UTF-16 offsets into the template source (or the text named by `sampleId`). */
  start?: number;
  end?: number;
  /** 1-based, only where a human-facing edge (CLI, JSON file parse) already has them. */
  line?: number;
  column?: number;
  ruleId?: string;
  sampleId?: string;
  /** the variable a `template/undefined-variable` problem is about */
  variable?: string;
  /**
   * What the edges need to word the problem in any language (`formatProblem`): `reason` (a finer cause than the
   * code, e.g. `json-syntax`, `not-date`), a zod issue's `zod` code and its data, or values the message names.
   * `message` is the English wording for logs and callers that do not word problems themselves.
   */
  params?: Record<string, string | number>;
}

/**
 * Problems are values. A failed result may still carry the usable part (`partial`),
 * e.g. a ruleset where one rule file was invalid and the others still work.
 */
export type Result<T> = { ok: true; value: T; problems?: Problem[] } | { ok: false; problems: Problem[]; partial?: T };

export const ok = <T>(value: T, problems?: Problem[]): Result<T> =>
  problems && problems.length > 0 ? { ok: true, value, problems } : { ok: true, value };

export const fail = <T = never>(problems: Problem[], partial?: T): Result<T> =>
  partial === undefined ? { ok: false, problems } : { ok: false, problems, partial };

/** What of a zod issue (zod 4's shape, loosely) `problemsFromZod` keeps as data. */
export interface ZodIssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: unknown;
  origin?: unknown;
  format?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  keys?: readonly unknown[];
  values?: readonly unknown[];
  params?: Record<string, unknown>;
}

const scalar = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/** The data of a zod issue as problem params (`zod` = the issue code); the edges word it (`formatProblem`). */
export function zodIssueParams(issue: ZodIssueLike): Record<string, string | number> {
  const params: Record<string, string | number> = { zod: issue.code ?? 'custom' };
  for (const key of ['expected', 'origin', 'format', 'minimum', 'maximum'] as const) {
    const value = issue[key];
    if (scalar(value)) params[key] = typeof value === 'number' ? value : String(value);
    else if (typeof value === 'bigint') params[key] = String(value);
  }
  if (issue.inclusive === false) params['exclusive'] = 1;
  if (issue.keys) params['keys'] = issue.keys.map(String).join(', ');
  if (issue.values) params['values'] = issue.values.map((v) => JSON.stringify(v)).join(' / ');
  // NOTE: zod 4 drops the input from its issues; its English message is the one place saying the value was missing.
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) params['missing'] = 1;
  for (const [k, v] of Object.entries(issue.params ?? {})) if (scalar(v) && !(k in params)) params[k] = v;
  return params;
}

/** Converts zod issues into problems that name the file and the JSON path, with the issue's data (`params`). */
export function problemsFromZod(issues: readonly ZodIssueLike[], code: string, file?: string): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const where = [file, path.length > 0 ? path.join('.') : undefined].filter(Boolean).join(' → ');
    return {
      code,
      message: where ? `${where}: ${issue.message}` : issue.message,
      ...(file === undefined ? {} : { file }),
      path,
      params: zodIssueParams(issue),
    };
  });
}
