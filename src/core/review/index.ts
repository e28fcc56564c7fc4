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
export { findingId, summarizeReport, rulesNeedingJustification } from './report-summary';
export { canSubmit, canApprove, canRequestChanges } from './decisions';
export { approvalStatus, latestReview, APPROVAL_STATUSES, type ApprovalStatus } from './approval-status';
export { diffFindings, type FindingsDiff } from './diff-findings';
export { diffText, type DiffOp, type DiffTextOptions } from './diff-text';
