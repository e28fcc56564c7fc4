import { z } from 'zod';
import { AUDIENCES } from '../types';
import { templateMetaSchema } from '../meta/schema';
import { rulePackSchema } from '../pack/schema';

export const BUNDLE_FORMAT = 'dunning-bundle' as const;
export const BUNDLE_VERSION = 1 as const;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const count = z.number().int().nonnegative();

export const bundleSignatureSchema = z.strictObject({
  alg: z.literal('ES256'),
  publicKeyJwk: z.strictObject({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string().min(1),
    y: z.string().min(1),
  }),
  fingerprint: z.string().min(1),
  /** base64 of the 64-byte IEEE P1363 (r‖s) ECDSA signature over the UTF-8 bytes of `bundleHash` */
  value: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'expected base64'),
});

export const bundleApprovalSchema = z.strictObject({
  reviewer: z.string().min(1),
  approvedAt: z.iso.datetime({ offset: true }),
  note: z.string(),
  reportSummary: z.strictObject({
    verdict: z.enum(['pass', 'warn', 'block']),
    score: z.number().min(0).max(100),
    counts: z.strictObject({ error: count, warning: count, info: count }),
  }),
  justifications: z.array(z.strictObject({ ruleId: z.string().min(1), text: z.string().min(1) })),
  /** the approved version's hash over (source, meta, ruleset hash, samples hash) */
  contentHash: hex64,
});

export const bundleTemplateSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  stage: z.string(),
  meta: templateMetaSchema,
  source: z.string(),
  /** `templateSha256` of { id, name, stage, meta, source } */
  sha256: hex64,
  approval: bundleApprovalSchema,
});

export const bundlePolicySchema = z.strictObject({
  templateId: z.string().min(1),
  stage: z.string(),
  audience: z.enum(AUDIENCES),
  sendWindow: z.strictObject({ start: hhmm, end: hhmm }),
  maxPerDay: z.number().int().positive(),
});

/**
 * How the sending system picks a borrower's template from `loan.overdue_days` (see runtime `chooseTemplate`):
 * `exact-day` — only on the day a stage names (`D+7` when overdue 7 days); `latest-reached` — the latest stage
 * whose day is at most the overdue days, on the same side of the due date. Named stages (`hardship`, `agency`) are
 * never chosen by day under either. A bundle without the key is `exact-day` (what every bundle before it did).
 */
export const STAGE_POLICIES = ['exact-day', 'latest-reached'] as const;
export type StagePolicy = (typeof STAGE_POLICIES)[number];
export const DEFAULT_STAGE_POLICY: StagePolicy = 'exact-day';
export const stagePolicySchema = z.enum(STAGE_POLICIES);

/** The `*.dunning.json` file, v1. Strict: unknown keys are schema errors; `notAfter` and `sequence` are required. */
export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  /** ISO date-time after which the bundle must not be used (refused as `bundle/expired`) */
  notAfter: z.iso.datetime({ offset: true }),
  /** per workspace, one above the last export's: a sending system refuses one not above the last it loaded */
  sequence: z.number().int().positive(),
  generator: z.strictObject({ name: z.string().min(1), version: z.string().min(1) }),
  ruleset: z.strictObject({
    hash: hex64,
    ruleCount: count,
    /** the organisation's pack the rules ran under (its hash is `sha256Hex(canonicalJson(pack))`) */
    pack: z.strictObject({ name: z.string().min(1), revision: count, hash: hex64 }).optional(),
  }),
  /** the pack overlay itself, so the sending system's send-time check runs under the same rules */
  pack: rulePackSchema.optional(),
  samples: z.strictObject({ hash: hex64 }),
  policy: z.array(bundlePolicySchema),
  /** which template a loan's overdue days select; absent means `exact-day` */
  stagePolicy: stagePolicySchema.optional(),
  templates: z.array(bundleTemplateSchema),
  /** sha256Hex(canonicalJson(bundle without bundleHash and signature)) */
  bundleHash: hex64,
  signature: bundleSignatureSchema.optional(),
});

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleTemplate = z.infer<typeof bundleTemplateSchema>;
export type BundleApproval = z.infer<typeof bundleApprovalSchema>;
export type BundlePolicy = z.infer<typeof bundlePolicySchema>;
export type BundleSignature = z.infer<typeof bundleSignatureSchema>;

/** The stage policy a bundle states, or the default for a bundle that states none. */
export const stagePolicyOf = (bundle: { readonly stagePolicy?: StagePolicy }): StagePolicy =>
  bundle.stagePolicy ?? DEFAULT_STAGE_POLICY;
