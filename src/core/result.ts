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

/** Converts zod issues into problems that name the file and the JSON path. */
export function problemsFromZod(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  code: string,
  file?: string,
): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const where = [file, path.length > 0 ? path.join('.') : undefined].filter(Boolean).join(' → ');
    return {
      code,
      message: where ? `${where}: ${issue.message}` : issue.message,
      ...(file === undefined ? {} : { file }),
      path,
    };
  });
}
