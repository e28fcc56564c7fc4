import { z } from 'zod';
import { AUDIENCES, CATEGORIES, SEVERITIES, TARGETS } from '../types';
import { KIND_NAMES } from './kinds/index';
import { EVIDENCE_LABELS, INSTRUMENT_KINDS } from './instruments';

export const RULE_ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text = z.string().trim().min(1);
const localized = z.strictObject({ zh: text, en: text });

/** One legal basis: the instrument (`source`, see `instruments.ts`), its article, kind and evidence label. */
export const basisSchema = z.strictObject({
  source: text,
  article: z.string().optional(),
  kind: z.enum(INSTRUMENT_KINDS),
  label: z.enum(EVIDENCE_LABELS),
  url: z.url({ protocol: /^https?$/ }).optional(),
  note: z.string().optional(),
});

/** An example is a template source, or a source with a partial TemplateMeta (validated at check time). */
export const exampleSchema = z.union([
  z.string(),
  z.strictObject({ source: z.string(), meta: z.record(z.string(), z.unknown()).optional() }),
]);
export type RuleExample = z.infer<typeof exampleSchema>;

/**
 * The common fields of a rule file (`rules/<id>.json`). Strict: unknown keys are errors.
 * `params` is validated afterwards by the kind's own schema.
 */
export const ruleFileSchema = z.strictObject({
  kind: z.enum(KIND_NAMES),
  severity: z.enum(SEVERITIES),
  category: z.enum(CATEGORIES),
  target: z.enum(TARGETS),
  title: localized,
  message: localized,
  basis: z.array(basisSchema).min(1),
  suggest: z.string().optional(),
  appliesTo: z.strictObject({ audience: z.array(z.enum(AUDIENCES)).min(1) }).optional(),
  params: z.unknown(),
  examples: z.strictObject({
    pass: z.array(exampleSchema).min(2),
    fail: z.array(exampleSchema).min(2),
  }),
});
export type RuleFile = z.infer<typeof ruleFileSchema>;
