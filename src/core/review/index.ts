/** Versions, reviews and approvals: schemas, content hashing and the pure decisions of the review workflow. */
export {
  ROLES,
  REVIEW_STATUSES,
  AUDIT_ACTIONS,
  templateDraftSchema,
  draftMetaSchema,
  versionSchema,
  reviewSchema,
  reportSummarySchema,
  justificationSchema,
  auditEntrySchema,
  auditPackSchema,
  auditRecheckSchema,
  INPUT_CHANGES,
  type InputChange,
  type Role,
  type ReviewStatus,
  type AuditAction,
  type TemplateDraft,
  type Version,
  type Review,
  type ReportSummary,
  type Justification,
  type AuditEntry,
  type Actor,
} from './schemas';
export { contentHash, type HashedContent } from './content-hash';
export { findingId, findingKey, summarizeReport, rulesNeedingJustification } from './report-summary';
export { approvalDrift } from './approval-drift';
export { inputChange, compareRecheck, type BoundHashes, type RecheckDiff } from './recheck';
export { canSubmit, canApprove, canRequestChanges, canReconfirm } from './decisions';
export {
  approvalStatus,
  latestReview,
  templateStatus,
  APPROVAL_STATUSES,
  TEMPLATE_STATUSES,
  type ApprovalStatus,
  type TemplateStatus,
  type DriftStatus,
  type Drift,
} from './approval-status';
export { diffFindings, type FindingsDiff } from './diff-findings';
export { diffText, type DiffOp, type DiffTextOptions } from './diff-text';
