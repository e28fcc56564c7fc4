import { z } from 'zod';
import { templateMetaSchema } from '../meta/schema';
import { AUDIENCES, type TemplateMeta } from '../types';
import { INPUT_CHANGES } from './input-changes';

const id = z.string().min(1);
const isoTime = z.iso.datetime({ offset: true });
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256');
const count = z.number().int().nonnegative();

export const ROLES = ['writer', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

export const REVIEW_STATUSES = ['in_review', 'approved', 'changes_requested'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const AUDIT_ACTIONS = [
  'created',
  'version_saved',
  'submitted',
  'approved',
  'approval_reconfirmed',
  'changes_requested',
  'exported',
  'imported',
  'pack_saved',
  'pack_imported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * A draft's meta is kept even while it is not yet valid (the writer is mid-edit; nothing typed is lost);
 * versions require the strict `templateMetaSchema`.
 */
export const draftMetaSchema = z.looseObject({ audience: z.enum(AUDIENCES) }) as unknown as z.ZodType<TemplateMeta>;

/** The editable working copy of a template. `revision` increases by one on every save (conflict detection). */
export const templateDraftSchema = z.strictObject({
  id,
  name: z.string(),
  source: z.string(),
  meta: draftMetaSchema,
  revision: z.number().int().nonnegative(),
  updatedAt: isoTime,
});
export type TemplateDraft = z.infer<typeof templateDraftSchema>;

/** What a review keeps of a report. `findingIds` are `findingId(f)`; `warningRuleIds` need a justification. */
export const reportSummarySchema = z.strictObject({
  verdict: z.enum(['pass', 'warn', 'block']),
  score: z.number().min(0).max(100),
  counts: z.strictObject({ error: count, warning: count, info: count }),
  problemCount: count,
  findingIds: z.array(z.string()),
  /** `findingKey(f)` of each finding (sample-independent); absent in summaries made before it existed */
  findingKeys: z.array(z.string()).optional(),
  warningRuleIds: z.array(z.string()),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** An immutable snapshot of a template. `contentHash` = contentHash({ source, meta, rulesetHash, samplesHash }). */
export const versionSchema = z.strictObject({
  id,
  templateId: id,
  number: z.number().int().positive(),
  name: z.string(),
  source: z.string(),
  meta: templateMetaSchema as unknown as z.ZodType<TemplateMeta>,
  message: z.string(),
  author: z.string(),
  createdAt: isoTime,
  rulesetHash: hex64,
  samplesHash: hex64,
  contentHash: hex64,
  report: reportSummarySchema,
});
export type Version = z.infer<typeof versionSchema>;

export const justificationSchema = z.strictObject({ ruleId: z.string().min(1), text: z.string() });
export type Justification = z.infer<typeof justificationSchema>;

/**
 * One review record (never updated; the latest per template wins). `reviewer` is who made the record:
 * the submitter for `in_review`, the deciding reviewer otherwise.
 */
export const reviewSchema = z.strictObject({
  id,
  versionId: id,
  templateId: id,
  status: z.enum(REVIEW_STATUSES),
  reviewer: z.string(),
  decidedAt: isoTime,
  note: z.string(),
  justifications: z.array(justificationSchema),
  contentHash: hex64,
  reportSummary: reportSummarySchema,
});
export type Review = z.infer<typeof reviewSchema>;

export { INPUT_CHANGES, type InputChange } from './input-changes';

/** A pack revision as the audit log names it: which, its hash, why, and each change with its reason. */
export const auditPackSchema = z.strictObject({
  name: z.string(),
  revision: z.number().int().positive(),
  packHash: hex64,
  rulesetHash: hex64,
  reason: z.string(),
  changes: z.array(z.strictObject({ key: z.string(), change: z.string(), reason: z.string() })),
});

/** A re-check confirmed in one step: what changed, the approval it renews, and the verdict (the same as before). */
export const auditRecheckSchema = z.strictObject({
  changed: z.enum(INPUT_CHANGES),
  fromVersionId: id,
  verdict: z.enum(['pass', 'warn', 'block']),
  rulesetHash: hex64,
  samplesHash: hex64,
});

/** Append-only log entry; `seq` is assigned by the store. */
export const auditEntrySchema = z.strictObject({
  seq: z.number().int().positive(),
  at: isoTime,
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  templateId: z.string().optional(),
  versionId: z.string().optional(),
  detail: z.string().optional(),
  /** `pack_saved` / `pack_imported`: the revision */
  pack: auditPackSchema.optional(),
  /** `approval_reconfirmed`: what changed and the re-check */
  recheck: auditRecheckSchema.optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Who is acting, as the settings say. A workflow guard, not authentication. */
export interface Actor {
  name: string;
  role: Role;
}
