import { fail, ok, type Problem, type Result } from '../core/model';
import { approvalStatus, latestReview, type ApprovalStatus } from '../core/model';
import { contentHash } from '../core/model';
import { summarizeReport } from '../core/model';
import type { Actor, AuditEntry, Review, TemplateDraft, Version } from '../core/model';
import type { Report, TemplateMeta } from '../core/model';
import type { StoreBackend } from './backend';
import { appendAudit, listAudit, type NewAuditEntry } from './audit-store';
import { createChangeNotifier, type ChangeNotifier, type StorageChange } from './change-notifier';
import { applyImportPlan, type ImportOutcome } from './apply-import';
import type { ImportPlan } from './import-plan';
import { approveVersion, requestChanges, submitVersion, type ActionContext, type ApproveInput } from './review-actions';
import { reconfirmApproval, type Reconfirmed, type ReconfirmInput } from './reconfirm';
import { addPackRevision, listPackRevisions, type NewPackRevision, type PackRevision } from './packs-store';
import { listReviews } from './reviews-store';
import { getSettings, saveSettings, type Settings } from './settings-store';
import { getTemplate, listTemplates, saveDraft, type DraftContent } from './templates-store';
import { deleteUserSample, listUserSamples, putUserSample } from './user-samples-store';
import { addVersion, getVersion, listVersions, versionIdOf } from './versions-store';
import { WORKSPACE_FILE_VERSION, WORKSPACE_FORMAT, type WorkspaceFile } from './workspace-file';

export interface WorkspaceOptions {
  notifier?: ChangeNotifier;
  /** ISO time source (tests pin it); default now */
  now?: () => string;
}

export interface NewVersion {
  draft: Pick<TemplateDraft, 'id' | 'name' | 'source' | 'meta'>;
  message: string;
  author: string;
  /** the report of exactly this source + meta (from the worker) */
  report: Report;
  rulesetHash: string;
  samplesHash: string;
}

const randomHex = (): string =>
  Array.from(globalThis.crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');

/** The UI's one handle on persistence. Every method returns a Result and never throws. */
export class Workspace implements ActionContext {
  readonly notifier: ChangeNotifier;
  readonly now: () => string;

  constructor(
    readonly backend: StoreBackend,
    options: WorkspaceOptions = {},
  ) {
    this.notifier = options.notifier ?? createChangeNotifier();
    this.now = options.now ?? (() => new Date().toISOString());
  }

  /** false when running on MemoryStore: show "not saved" */
  get persistent(): boolean {
    return this.backend.persistent;
  }
  newId(prefix: string): string {
    return `${prefix}-${Date.now().toString(36)}-${randomHex()}`;
  }
  notify(change: StorageChange): void {
    this.notifier.notify(change);
  }
  onExternalChange(cb: (change: StorageChange) => void): () => void {
    return this.notifier.onExternalChange(cb);
  }

  listTemplates = (): Promise<Result<TemplateDraft[]>> => listTemplates(this.backend);
  getTemplate = (id: string): Promise<Result<TemplateDraft | undefined>> => getTemplate(this.backend, id);

  /** Creates a draft at revision 1 (id generated when omitted) and logs `created`. */
  async createTemplate(
    input: { id?: string; name: string; source: string; meta: TemplateMeta },
    actor: string,
  ): Promise<Result<TemplateDraft>> {
    const saved = await this.saveDraft({ ...input, id: input.id ?? this.newId('tpl') }, 0);
    if (!saved.ok) return saved;
    const audited = await this.audit({ actor, action: 'created', templateId: saved.value.id });
    return ok(saved.value, audited);
  }

  /** See templates-store saveDraft: `storage/conflict` (with `stored`) when the stored revision ≠ expectedRevision. */
  async saveDraft(draft: DraftContent, expectedRevision: number): Promise<Result<TemplateDraft>> {
    const saved = await saveDraft(this.backend, draft, expectedRevision, this.now());
    if (saved.ok) this.notify({ kind: 'template', id: saved.value.id, revision: saved.value.revision });
    return saved;
  }

  listVersions = (templateId?: string): Promise<Result<Version[]>> => listVersions(this.backend, templateId);
  getVersion = (id: string): Promise<Result<Version | undefined>> => getVersion(this.backend, id);

  /** Snapshots a draft as the next version (number = highest + 1), with its content hash and report summary. */
  async saveVersion(input: NewVersion): Promise<Result<Version>> {
    const { draft, rulesetHash, samplesHash } = input;
    const hash = await contentHash({ source: draft.source, meta: draft.meta, rulesetHash, samplesHash });
    let last: Result<Version> = fail([]);
    for (let attemptNo = 0; attemptNo < 3; attemptNo++) {
      const existing = await listVersions(this.backend, draft.id);
      if (!existing.ok) return fail(existing.problems);
      const number = Math.max(0, ...existing.value.map((v) => v.number)) + 1;
      const version: Version = {
        id: versionIdOf(draft.id, number),
        templateId: draft.id,
        number,
        name: draft.name,
        source: draft.source,
        meta: draft.meta,
        message: input.message,
        author: input.author,
        createdAt: this.now(),
        rulesetHash,
        samplesHash,
        contentHash: hash,
        report: summarizeReport(input.report),
      };
      last = await addVersion(this.backend, version);
      if (last.ok) {
        const audited = await this.audit({
          actor: input.author,
          action: 'version_saved',
          templateId: draft.id,
          versionId: version.id,
        });
        this.notify({ kind: 'version', id: version.id });
        return ok(last.value, audited);
      }
      if (last.problems[0]?.code !== 'storage/conflict') return last;
    }
    return last;
  }

  listReviews = (filter?: { templateId?: string; versionId?: string }): Promise<Result<Review[]>> =>
    listReviews(this.backend, filter);
  submitVersion = (versionId: string, actor: Actor, note?: string): Promise<Result<Review>> =>
    submitVersion(this, versionId, actor, note);
  approveVersion = (input: ApproveInput): Promise<Result<Review>> => approveVersion(this, input);
  requestChanges = (input: { versionId: string; reviewer: Actor; note: string }): Promise<Result<Review>> =>
    requestChanges(this, input);
  /** Renews an approval after the rules or samples changed (see reconfirm.ts); audit `approval_reconfirmed`. */
  reconfirmApproval = (input: ReconfirmInput): Promise<Result<Reconfirmed>> => reconfirmApproval(this, input);

  /** The library badge of a template; `currentHash` = contentHash of its draft under the current rules/samples. */
  async templateStatus(templateId: string, currentHash: string): Promise<Result<ApprovalStatus>> {
    const reviews = await listReviews(this.backend, { templateId });
    if (!reviews.ok) return fail(reviews.problems);
    return ok(approvalStatus({ latest: latestReview(reviews.value), currentHash }), reviews.problems);
  }

  getSettings = (): Promise<Result<Settings>> => getSettings(this.backend);
  async saveSettings(settings: Settings): Promise<Result<Settings>> {
    const r = await saveSettings(this.backend, settings);
    if (r.ok) this.notify({ kind: 'settings' });
    return r;
  }

  listUserSamples = () => listUserSamples(this.backend);
  putUserSample = (sample: unknown) =>
    putUserSample(this.backend, sample).then((r) => (r.ok && this.notify({ kind: 'userSample', id: r.value.id }), r));
  deleteUserSample = (id: string) =>
    deleteUserSample(this.backend, id).then((r) => (r.ok && this.notify({ kind: 'userSample', id }), r));

  /** Every revision of the organisation's rule pack, oldest first (the last one is in use). */
  listPackRevisions = (): Promise<Result<PackRevision[]>> => listPackRevisions(this.backend);

  /**
   * Keeps a new revision of the rule pack (`storage/conflict` when that revision exists: another tab saved first)
   * and logs it: `pack_saved` (an edit) or `pack_imported` (a shared pack file), versionId `pack@<revision>`, with
   * the revision, its hashes, the reason and each change's reason.
   */
  async savePackRevision(input: NewPackRevision): Promise<Result<PackRevision>> {
    const saved = await addPackRevision(this.backend, input);
    if (!saved.ok) return saved;
    const { revision, pack, packHash, rulesetHash, reason, changes } = saved.value;
    const audited = await this.audit({
      actor: input.by,
      action: input.source === 'import' ? 'pack_imported' : 'pack_saved',
      versionId: `pack@${revision}`,
      detail: `rule pack “${pack.name}” revision ${revision} (${packHash.slice(0, 16)}): ${reason}`,
      pack: { name: pack.name, revision, packHash, rulesetHash, reason, changes },
    });
    this.notify({ kind: 'pack', revision });
    return ok(saved.value, audited);
  }

  listAudit = (): Promise<Result<AuditEntry[]>> => listAudit(this.backend);
  /** Logs that a bundle with these templates was exported (the bundle itself is built elsewhere). */
  recordExport = (actor: string, templateIds: readonly string[], detail?: string): Promise<Problem[]> =>
    Promise.all(
      templateIds.map((templateId) =>
        this.audit({ actor, action: 'exported', templateId, ...(detail ? { detail } : {}) }),
      ),
    ).then((p) => p.flat());

  /** Every readable record as a backup file (with every rule pack revision); corrupt records are left out and reported. */
  async exportWorkspace(): Promise<Result<WorkspaceFile>> {
    const [templates, versions, reviews, userSamples, audit, packs] = await Promise.all([
      this.listTemplates(),
      this.listVersions(),
      this.listReviews(),
      this.listUserSamples(),
      this.listAudit(),
      this.listPackRevisions(),
    ]);
    const parts = [templates, versions, reviews, userSamples, audit, packs];
    const problems = parts.flatMap((p) => p.problems ?? []);
    if (!templates.ok || !versions.ok || !reviews.ok || !userSamples.ok || !audit.ok || !packs.ok) {
      return fail(problems);
    }
    const file: WorkspaceFile = {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_FILE_VERSION,
      exportedAt: this.now(),
      templates: templates.value,
      versions: versions.value,
      reviews: reviews.value,
      userSamples: userSamples.value,
      audit: audit.value,
      packs: packs.value,
    };
    return ok(file, problems);
  }

  /** Writes a plan from planImport: all `add`s and only the conflicts whose key is in `overwrite`; logs `imported`. */
  async applyImport(
    plan: ImportPlan,
    options: { overwrite: readonly string[] },
    actor: string,
  ): Promise<Result<ImportOutcome>> {
    const r = await applyImportPlan(this.backend, plan, options, this.now());
    const outcome = r.ok ? r.value : r.partial;
    if (!outcome || outcome.added.length + outcome.overwritten.length === 0) return r;
    const detail = `added ${outcome.added.length}, overwritten ${outcome.overwritten.length}, skipped ${outcome.skipped.length}`;
    const audited = await this.audit({ actor, action: 'imported', detail });
    this.notify({ kind: 'import' });
    return r.ok ? ok(r.value, [...(r.problems ?? []), ...audited]) : r;
  }

  close(): void {
    this.notifier.close();
    this.backend.close();
  }

  private async audit(entry: Omit<NewAuditEntry, 'at'>): Promise<Problem[]> {
    const r = await appendAudit(this.backend, { at: this.now(), ...entry });
    return r.problems ?? [];
  }
}
