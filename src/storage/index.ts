/**
 * Persistence of the workspace (IndexedDB via idb 8, MemoryStore fallback). Every method returns a `Result`
 * (src/core/result.ts) and never throws; every record read is zod-parsed, corrupt records are skipped and
 * reported as `storage/corrupt` problems (ok results may carry `problems`: show them, keep working).
 *
 * ## Open
 *   openWorkspace({ dbName?, now?, fallbackToMemory? = true, onVersionChange? }): Promise<Result<Workspace>>
 *     ok even when IndexedDB fails: then `ws.persistent === false` (show "not saved") and `problems` say why:
 *     `storage/unavailable` | `storage/blocked` | `storage/quota` | `storage/failed`.
 *     `onVersionChange`: another tab upgraded the schema and this tab's connection was closed → ask to reload.
 *
 * ## Workspace (all async, all `Promise<Result<…>>` unless noted)
 *   persistent: boolean                                   backend: StoreBackend ('indexeddb' | 'memory')
 *   onExternalChange(cb: (c: StorageChange) => void): () => void    other tabs' saves; c = { kind, id?, revision? }
 *   listTemplates(): TemplateDraft[]  (newest first)      getTemplate(id): TemplateDraft | undefined
 *   createTemplate({ id?, name, source, meta }, actor: string): TemplateDraft   (revision 1, audit `created`)
 *   saveDraft({ id, name, source, meta }, expectedRevision: number): TemplateDraft   (revision + 1)
 *     fails with `storage/conflict` when the stored revision differs: `isConflict(p) && p.stored` is the draft
 *     in the database (another tab saved first): show both, let the user choose, then save with
 *     `expectedRevision = p.stored.revision`. `storage/quota` when the disk is full (keep editing in memory).
 *   listVersions(templateId?): Version[]                  getVersion(id): Version | undefined
 *   saveVersion({ draft, message, author, report: Report, rulesetHash, samplesHash }): Version
 *     id `${templateId}@${number}`, contentHash = contentHash({ source, meta, rulesetHash, samplesHash }),
 *     meta must pass templateMetaSchema (`storage/invalid` with path ['meta', …]). Immutable afterwards.
 *   listReviews({ templateId?, versionId? }?): Review[]
 *   submitVersion(versionId, actor: Actor, note?): Review        (canSubmit; audit `submitted`)
 *   approveVersion({ versionId, reviewer: Actor, report: Report | ReportSummary, justifications, note,
 *     currentHash? }): Review   (canApprove + `review/not-submitted`; binds version.contentHash; audit `approved`)
 *   requestChanges({ versionId, reviewer: Actor, note }): Review (audit `changes_requested`)
 *   templateStatus(templateId, currentHash): ApprovalStatus  ('draft' | 'in_review' | 'approved' |
 *     'changes_requested' | 'changed_since_approval'); currentHash = contentHash of the draft now.
 *   getSettings(): Settings (defaults when absent)        saveSettings(s: Settings): Settings
 *   listUserSamples(): SampleFile[]   putUserSample(json: unknown): SampleFile   deleteUserSample(id): true
 *   listAudit(): AuditEntry[]         recordExport(actor, templateIds, detail?): Promise<Problem[]>
 *   listPackRevisions(): PackRevision[] (oldest first; the last is in use)
 *   savePackRevision({ revision, rulesetHash, by, at, reason, source, changes, pack }): PackRevision
 *     append-only; `storage/conflict` when the revision exists; audit `pack_saved`/`pack_imported` (versionId pack@N, `pack`: revision, hashes, reasons).
 *   reconfirmApproval({ versionId, reviewer, recheck: Report, rulesetHash, samplesHash, message, note? }):
 *     { version, review }   (canReconfirm; the next version bound to the new hashes, approved; audit
 *     `approval_reconfirmed` with `recheck`: what changed, from which version, the verdict)
 *   exportWorkspace(): WorkspaceFile  (settings and keys excluded; every rule pack revision included; JSON)
 *   applyImport(plan: ImportPlan, { overwrite: conflictKeys[] }, actor): ImportOutcome { added, overwritten, skipped }
 *   close(): void
 *
 * ## Import (pure)
 *   parseWorkspaceImport(jsonOrText: unknown): Result<WorkspaceFile>   problems `import/json` | `import/invalid` (path)
 *   planImport(current: exportWorkspace() value, incoming: WorkspaceFile): ImportPlan { add, conflicts, identical }
 *     each item has `key` = `${kind}:${id}`; only conflicts with `overwritable` (drafts, user samples) can be
 *     confirmed; versions and reviews are never overwritten. Pack revisions (`pack:<revision>`) are one history: those
 *     continuing the history here are added (their packHash checked on write), a diverging one is an immutable
 *     conflict. A backup without `packs` (made before they were backed up) imports as before.
 *
 * Review decisions, hashes and diffs are pure and live in src/core/review (canSubmit, canApprove,
 * approvalStatus, contentHash, summarizeReport, diffFindings, diffText).
 */
export { openWorkspace, type OpenWorkspaceOptions } from './open-workspace';
export { Workspace, type WorkspaceOptions, type NewVersion } from './workspace';
export type { DraftContent } from './templates-store';
export type { ApproveInput } from './review-actions';
export { isConflict, STORAGE_CODES, type ConflictProblem, type StorageCode } from './errors';
export { createChangeNotifier, CHANGE_KINDS, type ChangeNotifier, type StorageChange } from './change-notifier';
export { settingsSchema, DEFAULT_SETTINGS, LANGUAGES, type Settings, type Language } from './settings-store';
export { parseWorkspaceImport, workspaceFileSchema, WORKSPACE_FORMAT, type WorkspaceFile } from './workspace-file';
export { planImport, type ImportPlan, type ImportItem, type ImportConflict, type ImportKind } from './import-plan';
export type { ImportOutcome } from './apply-import';
export {
  packRevisionSchema,
  packChangeSchema,
  PACK_CHANGES,
  type PackRevision,
  type PackChange,
  type NewPackRevision,
} from './packs-store';
export { MemoryStore } from './memory-store';
export { IdbStore } from './idb-store';
export type { StoreBackend, StoreName } from './backend';
export { DB_VERSION, DEFAULT_DB_NAME, MIGRATIONS, openWorkspaceDb } from './db';
