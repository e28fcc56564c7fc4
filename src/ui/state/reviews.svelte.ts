import {
  contentHash,
  type ApprovalStatus,
  type Justification,
  type Review,
  type Version,
  fail,
  type Result,
  type Report,
} from '../../core/model';
import type { CheckClient } from '../../worker/client';
import type { Catalog, Lang } from '../../worker/protocol';
import type { CatalogState } from './catalog.svelte';
import { plainMeta, toDraftContent } from './drafts';
import type { Persistence } from './persistence.svelte';
import type { SettingsState } from './settings.svelte';
import { badgeStatus, templateReview, templateStatuses, type BadgeStatus } from './statuses';
import type { WorkspaceTemplate } from './workspace.svelte';

const notOpen: Result<never> = fail([{ code: 'storage/unavailable', message: 'the workspace is not open yet' }]);

/** Versions, reviews and approval badges of the workspace, and the review actions of the current user. */
export class ReviewState {
  versions = $state.raw<Version[]>([]);
  reviews = $state.raw<Review[]>([]);
  statuses = $state.raw<Record<string, BadgeStatus>>({});
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

  /** Recomputes every template's badge from its draft's content hash now. */
  async updateStatuses(templates: readonly Pick<WorkspaceTemplate, 'id' | 'source' | 'meta'>[]): Promise<void> {
    const hashes = this.hashes();
    if (!hashes) return;
    const entries = await Promise.all(
      templates.map(
        async (t) => [t.id, await contentHash({ source: t.source, meta: plainMeta(t.meta), ...hashes })] as const,
      ),
    );
    const statuses: Record<string, ApprovalStatus> = templateStatuses(this.reviews, Object.fromEntries(entries));
    const badges = await Promise.all(
      templates.map(async (t) => {
        const review = templateReview(this.reviews, t.id);
        const version = this.versions.find((v) => v.id === review?.versionId);
        const status = statuses[t.id] ?? 'draft';
        const draft = { source: t.source, meta: plainMeta(t.meta) };
        return [t.id, await badgeStatus(status, draft, { review, version }, hashes.rulesetHash)] as const;
      }),
    );
    this.statuses = Object.fromEntries(badges);
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
