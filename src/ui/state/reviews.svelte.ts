import {
  approvalDrift,
  compareRecheck,
  contentHash,
  templateStatus,
  type ApprovalStatus,
  type InputChange,
  type RecheckDiff,
  type Justification,
  type Review,
  type Version,
  fail,
  ok,
  type Result,
  type Report,
} from '../../core/model';
import type { CheckClient } from '../../worker/client';
import type { Catalog, Lang } from '../../worker/protocol';
import type { CatalogState } from './catalog.svelte';
import { plainMeta, toDraftContent } from './drafts';
import type { Persistence } from './persistence.svelte';
import type { SettingsState } from './settings.svelte';
import { templateReview, templateStatuses, type BadgeStatus } from './statuses';
import type { WorkspaceTemplate } from './workspace.svelte';

/** An approval whose template is unchanged while the rules or samples moved, and its re-check once it answered. */
export interface Recheck {
  changed: InputChange;
  version: Version;
  review: Review;
  /** the rules and samples hashes the re-check runs under */
  under: string;
  /** the re-check of the approved content under the current rules and samples, and how it compares */
  report?: Report;
  diff?: RecheckDiff;
}

const notOpen: Result<never> = fail([{ code: 'storage/unavailable', message: 'the workspace is not open yet' }]);

/** Versions, reviews and approval badges of the workspace, and the review actions of the current user. */
export class ReviewState {
  versions = $state.raw<Version[]>([]);
  reviews = $state.raw<Review[]>([]);
  statuses = $state.raw<Record<string, BadgeStatus>>({});
  /** templates approved as they are while the rules or samples moved, by template id */
  rechecks = $state.raw<Record<string, Recheck>>({});
  private statusRun = 0;
  /** reports of versions, by version id (checked by the worker on demand; words are added at display) */
  reports = $state.raw<Record<string, Report>>({});
  private readonly checking = new Map<string, Promise<Report | undefined>>();
  private generation = 0;

  constructor(
    private readonly client: CheckClient,
    private readonly persistence: Persistence,
    private readonly catalog: CatalogState,
    private readonly settings: SettingsState,
  ) {}

  /** Reloads every version and review from the store. */
  async reload(): Promise<void> {
    const store = this.persistence.store;
    if (!store) return;
    const [versions, reviews] = await Promise.all([store.listVersions(), store.listReviews()]);
    if (versions.ok) this.versions = versions.value;
    if (reviews.ok) this.reviews = reviews.value;
  }

  /** Drops the cached version reports (the samples changed: they are checked again on demand). */
  forgetReports(): void {
    this.generation++;
    this.checking.clear();
    this.reports = {};
  }

  /**
   * Recomputes every template's badge from its draft's content hash now. An approved template that is unchanged
   * while the rules or samples moved is re-checked (its approved version under the current rules and samples): the
   * badge says what moved and, once the re-check answers, whether the result is the same.
   */
  async updateStatuses(templates: readonly Pick<WorkspaceTemplate, 'id' | 'source' | 'meta'>[]): Promise<void> {
    const hashes = this.hashes();
    if (!hashes) return;
    const run = ++this.statusRun;
    const entries = await Promise.all(
      templates.map(
        async (t) => [t.id, await contentHash({ source: t.source, meta: plainMeta(t.meta), ...hashes })] as const,
      ),
    );
    const statuses: Record<string, ApprovalStatus> = templateStatuses(this.reviews, Object.fromEntries(entries));
    const rechecks: Record<string, Recheck> = {};
    for (const t of templates) {
      const review = templateReview(this.reviews, t.id);
      const version = this.versions.find((v) => v.id === review?.versionId);
      if (statuses[t.id] !== 'changed_since_approval' || !review || !version) continue;
      const draft = { source: t.source, meta: plainMeta(t.meta) };
      const changed = await approvalDrift(draft, { review, version }, hashes);
      const known = this.rechecks[t.id];
      const under = `${hashes.rulesetHash}/${hashes.samplesHash}`;
      const reuse = known?.version.id === version.id && known.under === under && known.report;
      if (changed) rechecks[t.id] = reuse ? known : { changed, version, review, under };
    }
    if (run !== this.statusRun) return;
    this.publish(statuses, rechecks);
    await Promise.all(Object.entries(rechecks).map(([id, r]) => (r.report ? undefined : this.recheck(id, r, run))));
  }

  private async recheck(templateId: string, r: Recheck, run: number): Promise<void> {
    const report = await this.reportOf(r.version);
    if (!report || run !== this.statusRun) return;
    const done: Recheck = { ...r, report, diff: compareRecheck(r.review.reportSummary, report) };
    this.rechecks = { ...this.rechecks, [templateId]: done };
    const drift = { changed: done.changed, recheck: done.diff };
    this.statuses = { ...this.statuses, [templateId]: templateStatus('changed_since_approval', drift) };
  }

  private publish(statuses: Record<string, ApprovalStatus>, rechecks: Record<string, Recheck>): void {
    this.rechecks = rechecks;
    this.statuses = Object.fromEntries(
      Object.entries(statuses).map(([id, status]) => {
        const r = rechecks[id];
        return [id, templateStatus(status, r && { changed: r.changed, ...(r.diff ? { recheck: r.diff } : {}) })];
      }),
    );
  }

  /**
   * Confirms a re-check that came back the same, in one step: a new approval of the approved text bound to the
   * current rules and samples (see Workspace.reconfirmApproval). The version is checked afresh, and refused when the
   * rules or samples moved while it ran, so what is stored is exactly the check of the hashes it is bound to.
   */
  async reconfirm(templateId: string, message: string, note = ''): Promise<Result<Review>> {
    const store = this.persistence.store;
    const r = this.rechecks[templateId];
    const before = this.hashes();
    if (!store || !before) return notOpen;
    if (!r) return fail([{ code: 'review/unchanged', message: 'nothing to confirm for this template' }]);
    const { source, meta } = r.version;
    const recheck = await this.client.check(`reconfirm:${r.version.id}`, source, plainMeta(meta), 20);
    const hashes = this.hashes();
    if (!recheck || hashes?.rulesetHash !== before.rulesetHash || hashes.samplesHash !== before.samplesHash) {
      return fail([{ code: 'internal', message: 'the rules or samples changed during the check; try again' }]);
    }
    const done = await store.reconfirmApproval({
      versionId: r.version.id,
      reviewer: this.settings.actor,
      recheck,
      ...hashes,
      message,
      note,
    });
    if (!done.ok) return fail(done.problems);
    this.reports = { ...this.reports, [done.value.version.id]: recheck };
    await this.reload();
    return ok(done.value.review, done.problems);
  }

  /** The content hash of a version's source and meta under the current rules and samples. */
  async currentHashOf(version: Version): Promise<string | undefined> {
    const hashes = this.hashes();
    return hashes ? contentHash({ source: version.source, meta: plainMeta(version.meta), ...hashes }) : undefined;
  }

  /** The report of a version (checked once; a language switch only re-renders it). */
  reportOf(version: Pick<Version, 'id' | 'source' | 'meta'>): Promise<Report | undefined> {
    const key = version.id;
    const known = this.reports[key];
    if (known) return Promise.resolve(known);
    let running = this.checking.get(key);
    if (!running) {
      const generation = this.generation;
      running = this.client.check(`version:${key}`, version.source, plainMeta(version.meta), 5).then((report) => {
        if (generation !== this.generation) return undefined;
        this.checking.delete(key);
        if (report) this.reports = { ...this.reports, [key]: report };
        return report;
      });
      this.checking.set(key, running);
    }
    return running;
  }

  /** Checks the template as it is now and saves it as the next version, authored by the current user. */
  async saveVersion(template: WorkspaceTemplate, message: string): Promise<Result<Version>> {
    const store = this.persistence.store;
    // NOTE: a version saved right after load waits for the worker's catalog (its hashes bind the version).
    if (!this.hashes()) await this.catalog.arrived;
    const hashes = this.hashes();
    if (!store || !hashes) return notOpen;
    const draft = toDraftContent(template);
    const report = await this.client.check(`save-version:${draft.id}`, draft.source, draft.meta, 20);
    if (!report) return fail([{ code: 'internal', message: 'the check was superseded; try again' }]);
    const saved = await store.saveVersion({
      draft,
      message: message.trim(),
      author: this.settings.actor.name,
      report,
      ...hashes,
    });
    if (saved.ok) this.reports = { ...this.reports, [saved.value.id]: report };
    await this.reload();
    return saved;
  }

  async submit(versionId: string, note: string): Promise<Result<Review>> {
    const store = this.persistence.store;
    if (!store) return notOpen;
    return this.after(await store.submitVersion(versionId, this.settings.actor, note.trim()));
  }

  async approve(
    version: Version,
    report: Report,
    justifications: Justification[],
    note: string,
  ): Promise<Result<Review>> {
    const store = this.persistence.store;
    if (!store) return notOpen;
    const currentHash = await this.currentHashOf(version);
    const input = { versionId: version.id, reviewer: this.settings.actor, report, justifications, note: note.trim() };
    return this.after(await store.approveVersion(currentHash ? { ...input, currentHash } : input));
  }

  async requestChanges(versionId: string, note: string): Promise<Result<Review>> {
    const store = this.persistence.store;
    if (!store) return notOpen;
    return this.after(await store.requestChanges({ versionId, reviewer: this.settings.actor, note }));
  }

  private async after(r: Result<Review>): Promise<Result<Review>> {
    await this.reload();
    return r;
  }

  private hashes(): Pick<Catalog, 'rulesetHash' | 'samplesHash'> | undefined {
    const c = this.catalog.value;
    return c ? { rulesetHash: c.rulesetHash, samplesHash: c.samplesHash } : undefined;
  }
}
