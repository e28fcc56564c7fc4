import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../types';

const reason = z.string().trim().min(1, 'a reason is required');
const ruleIdKey = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a rule id (kebab-case)');
const text = z.string().trim().min(1);

/** A change of one rule's severity (or `off`), with who decided it, when, and why. */
export const overrideSchema = z.strictObject({
  severity: z.enum([...SEVERITIES, 'off']),
  reason,
  by: text,
  at: z.iso.datetime({ offset: true }),
});

/** An organisation's own banned wording: becomes an ordinary `terms` rule with the id `org-…`. */
export const orgTermsSchema = z.strictObject({
  id: z.string().regex(/^org-[a-z0-9]+(-[a-z0-9]+)*$/, 'an id starting with org- (kebab-case)'),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  terms: z.array(text).min(1),
  allow: z.array(text).optional(),
  reason,
  title: z.strictObject({ zh: text, en: text }).optional(),
});

/** The organisation's registered signatures, hotlines, repayment channels and objection (dispute) channels. */
export const elementsSchema = z.strictObject({
  signatures: z.array(text).optional(),
  hotlines: z.array(text).optional(),
  channels: z.array(text).optional(),
  objection: z.array(text).optional(),
  reason: reason.optional(),
});

/** New values for one rule's params (validated by the rule's kind) and why; every other key is a param. */
export const paramChangeSchema = z.looseObject({ reason });

/** Extra examples a reviewer adds to a rule; they run like the rule's own. */
export const packExamplesSchema = z.strictObject({
  pass: z.array(z.string()).optional(),
  fail: z.array(z.string()).optional(),
});

/**
 * A rule pack overlay (`*.dunning-pack.json`): the default rules plus one organisation's decisions. Strict: unknown
 * keys are errors. Top-level names are shared with other tools that write packs.
 */
export const rulePackSchema = z.strictObject({
  packVersion: z.literal(1),
  name: text,
  revision: z.number().int().min(0),
  overrides: z.record(ruleIdKey, overrideSchema).optional(),
  terms: z.array(orgTermsSchema).optional(),
  elements: elementsSchema.optional(),
  params: z.record(ruleIdKey, paramChangeSchema).optional(),
  examples: z.record(z.string(), packExamplesSchema).optional(),
});
export type RulePack = z.infer<typeof rulePackSchema>;
export type OrgTerms = z.infer<typeof orgTermsSchema>;

/** JSON Schema (draft 2020-12) of the pack overlay, generated from `rulePackSchema`; committed as dunning-pack.schema.json. */
export function packJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(rulePackSchema, { io: 'input' }), title: 'Dunning Studio rule pack overlay (v1)' };
}
