import type { z } from 'zod';
import { fail, ok, problemsFromZod, type Problem, type Result } from '../core/model';
import type { Entry, Key, StoreName } from './backend';
import { problemFromError } from './errors';

/**
 * Parses every record; a corrupt one becomes `storage/corrupt` problems (file `<store>/<key>`, JSON path)
 * and is skipped. Always ok: the good records with the problems alongside.
 */
export function parseEntries<T>(entries: readonly Entry[], schema: z.ZodType<T>, store: StoreName): Result<T[]> {
  const items: T[] = [];
  const problems: Problem[] = [];
  for (const { key, value } of entries) {
    const parsed = schema.safeParse(value);
    if (parsed.success) items.push(parsed.data);
    else problems.push(...problemsFromZod(parsed.error.issues, 'storage/corrupt', `${store}/${String(key)}`));
  }
  return ok(items, problems);
}

/** Parses one record: undefined stays undefined, a corrupt record fails with `storage/corrupt`. */
export function parseRecord<T>(
  value: unknown,
  schema: z.ZodType<T>,
  store: StoreName,
  key: Key,
): Result<T | undefined> {
  if (value === undefined) return ok(undefined);
  const parsed = schema.safeParse(value);
  return parsed.success
    ? ok(parsed.data)
    : fail(problemsFromZod(parsed.error.issues, 'storage/corrupt', `${store}/${String(key)}`));
}

/** Validates a record before it is written: `storage/invalid` problems with JSON paths. */
export function validate<T>(value: unknown, schema: z.ZodType<T>, what: string): Result<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail(problemsFromZod(parsed.error.issues, 'storage/invalid', what));
}

/** Runs a backend operation; a rejection becomes a problem (quota, conflict, unavailable, …), never a throw. */
export async function attempt<T>(what: string, run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (e) {
    return fail([problemFromError(e, what)]);
  }
}
