import { parseJson } from '../json/parse-json';
import { z } from 'zod';
import { fail, ok, problemsFromZod, type Result } from '../result';
import { AUDIENCES, DEFAULT_META, type TemplateMeta } from '../types';

/** 'HH:MM', 00:00–23:59. */
const clock = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM between 00:00 and 23:59');

/**
 * A template's metadata (strict: unknown keys are errors). Only `audience` is required;
 * the window's order and bounds (08:00–22:00) are judged by the rules, not here.
 */
export const templateMetaSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id')
    .optional(),
  name: z.string().min(1).optional(),
  stage: z.string().min(1).optional(),
  audience: z.enum(AUDIENCES),
  sendWindow: z.strictObject({ start: clock, end: clock }).optional(),
  maxPerDay: z.number().int().min(1).max(50).optional(),
  commercial: z.boolean().optional(),
});

/** A meta with every defaulted field filled in. */
export type ResolvedMeta = TemplateMeta & typeof DEFAULT_META;

/**
 * Fills in DEFAULT_META (audience debtor, sendWindow 09:00–20:00, maxPerDay 1, commercial false)
 * for every field that is missing or undefined. Does not validate.
 */
export function resolveMeta(meta?: Partial<TemplateMeta>): ResolvedMeta {
  const given = Object.fromEntries(Object.entries(meta ?? {}).filter(([, v]) => v !== undefined));
  const resolved = { ...DEFAULT_META, ...given } as ResolvedMeta;
  return { ...resolved, sendWindow: { ...resolved.sendWindow } };
}

/**
 * Validates a template meta (parsed JSON, or a JSON string). Problems carry code `meta/invalid`
 * (or `meta/json` for a string that is not JSON), the file and the JSON path.
 */
export function parseMeta(json: unknown, file?: string): Result<TemplateMeta> {
  let value = json;
  if (typeof json === 'string') {
    const parsed = parseJson(json, 'meta/json', file);
    if (!parsed.ok) return fail(parsed.problems);
    value = parsed.value;
  }
  const parsed = templateMetaSchema.safeParse(value);
  return parsed.success
    ? ok(parsed.data as TemplateMeta)
    : fail(problemsFromZod(parsed.error.issues, 'meta/invalid', file));
}
