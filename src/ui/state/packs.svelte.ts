import { fail, ok, type Problem, type Result, type RulePack } from '../../core/model';
import type { PackRevision } from '../../storage/index';
import type { CheckClient } from '../../worker/client';
import type { ExampleResult, PackPreview, PreviewTemplate, RulesInfo } from '../../worker/protocol';
import { diffPacks, type PackDiffItem } from '../pack/pack-diff';
import { emptyPack, touchedRules } from '../pack/pack-edit';
import type { CatalogState } from './catalog.svelte';
import type { Checker } from './checker.svelte';
import type { Persistence } from './persistence.svelte';
import type { ReviewState } from './reviews.svelte';
import type { SettingsState } from './settings.svelte';

/** The name a first pack gets (the legal team may rename it in the file they share). */
export const DEFAULT_PACK_NAME = '机构规则包';

const problem = (code: string, message: string): Problem => ({ code, message });
const superseded = (): Result<never> => fail([problem('internal', 'superseded by a newer request; try again')]);

/**
 * The organisation's rule pack: its stored revisions (the last one is in use and is sent to the checker at start,
 * before any check), the rules for the catalog, and the legal reviewer's unsaved edits (`draft`). Saving checks the
 * candidate in the worker (it must apply cleanly and every touched rule must pass its own examples), keeps a new
 * revision and switches every check to it: approvals bound to the old ruleset hash then show as changed.
 */
export class PackState {
  revisions = $state.raw<PackRevision[]>([]);
  /** the rules checks use now (loaded for the catalog, and after every switch) */
  rules = $state.raw<RulesInfo | undefined>(undefined);
  /** unsaved edits: the candidate pack; undefined when there are none */
  draft = $state.raw<RulePack | undefined>(undefined);
  /** own examples with their live result, by rule id (under the draft when there is one) */
  examples = $state.raw<Record<string, ExampleResult[]>>({});
  /** examples that made the last save fail */
  failing = $state.raw<ExampleResult[]>([]);
  /** what is wrong with the pack in use or its storage */
  problems = $state.raw<Problem[]>([]);
  private listening = false;

  constructor(
    private readonly client: CheckClient,
    private readonly persistence: Persistence,
    private readonly catalog: CatalogState,
    private readonly settings: SettingsState,
    private readonly checker: Checker,
    private readonly reviews: ReviewState,
  ) {}

  /** The revision in use, if any. */
  get current(): PackRevision | undefined {
    return this.revisions.at(-1);
  }
  /** The pack being edited: the draft, else the pack in use, else an empty one. */
  get editing(): RulePack {
    return this.draft ?? this.current?.pack ?? emptyPack(DEFAULT_PACK_NAME);
  }
  /** Only a named legal reviewer changes the pack; writers see it read-only. */
  get canEdit(): boolean {
    const actor = this.settings.actor;
    return actor.role === 'reviewer' && actor.name !== '';
  }
  /** The draft's changes against the pack in use. */
  get changes(): PackDiffItem[] {
    return this.draft ? diffPacks(this.current?.pack, this.draft) : [];
  }

  /**
   * Reads the stored revisions and gives the checker the one in use (start-up: before the first check). Returns the
   * rules in use when a pack applies, for the catalog's hashes and messages.
   */
  async load(): Promise<RulesInfo | undefined> {
    const store = this.persistence.store;
    if (!store) return undefined;
    if (!this.listening) {
      this.listening = true;
      store.onExternalChange((c) => (c.kind === 'pack' || c.kind === 'import') && void this.reload());
    }
    const listed = await store.listPackRevisions();
    this.revisions = listed.ok ? listed.value : [];
    const storageProblems = listed.ok ? (listed.problems ?? []) : listed.problems;
    this.problems = storageProblems;
    const pack = this.current?.pack;
    if (!pack) return undefined;
    const r = await this.client.setPack(pack);
    if (!r.ok) {
      this.problems = [...storageProblems, ...r.problems];
      return undefined;
    }
    this.rules = r.value;
    this.problems = [...storageProblems, ...r.value.problems];
    return r.value;
  }

  /** The rules for the catalog (asked once; every switch answers them again). */
  async loadRules(): Promise<RulesInfo | undefined> {
    this.rules ??= await this.client.rules();
    return this.rules;
  }

  /** Applies an edit to the draft; an edit that leaves nothing changed drops the draft. */
  edit(change: (pack: RulePack) => RulePack): void {
    const next = change(this.editing);
    this.draft = diffPacks(this.current?.pack, next).length > 0 ? next : undefined;
    this.failing = [];
  }

  discard(): void {
    this.draft = undefined;
    this.failing = [];
  }

  /** Runs one rule's own examples, under the draft when there is one. */
  async examplesOf(ruleId: string): Promise<void> {
    const r = await this.client.examples([ruleId], `rule:${ruleId}`, this.draft);
    if (r) this.examples = { ...this.examples, [ruleId]: r.ok ? r.value : (r.partial ?? []) };
  }

  /** Each template's verdict now and under the candidate (default: the draft); `undefined` when superseded. */
  preview(
    templates: readonly PreviewTemplate[],
    pack = this.draft,
    tag = 'live',
  ): Promise<Result<PackPreview> | undefined> {
    return this.client.preview(pack ?? null, templates, tag);
  }

  /** Reads a shared pack file's text in the worker: the pack, or its problems (JSON path, line and column). */
  async read(text: string): Promise<Result<RulePack>> {
    const r = await this.client.preview(text, [], 'read');
    if (!r) return superseded();
    if (!r.ok) return fail(r.problems);
    const { pack, problems } = r.value;
    return pack && problems.length === 0 ? ok(pack) : fail(problems);
  }

  /**
   * Keeps the draft (or an imported pack) as the next revision and checks with it from now on. Refused without a
   * reason, for anyone but a named legal reviewer, when the pack does not apply cleanly, and when a rule it touches
   * then fails one of its own examples (listed in `failing`).
   */
  async save(
    reason: string,
    options: { source?: 'edit' | 'import'; pack?: RulePack } = {},
  ): Promise<Result<PackRevision>> {
    const store = this.persistence.store;
    const candidate = options.pack ?? this.draft;
    if (!store) return fail([problem('storage/unavailable', 'the workspace is not open yet')]);
    if (!this.canEdit) return fail([problem('pack/forbidden', 'only a named legal reviewer changes the rule pack')]);
    if (reason.trim() === '') return fail([problem('pack/no-reason', 'a reason is required')]);
    if (!candidate) return fail([problem('pack/unchanged', 'nothing to save')]);
    const revision = (this.current?.revision ?? 0) + 1;
    const pack: RulePack = { ...candidate, revision };
    const checked = await this.client.preview(pack, [], 'save');
    if (!checked) return superseded();
    if (!checked.ok) return fail(checked.problems);
    if (checked.value.problems.length > 0 || !checked.value.rulesetHash) return fail(checked.value.problems);
    const rules = await this.loadRules();
    const required = (rules?.rules ?? []).filter((r) => r.kind === 'required').map((r) => r.id);
    const run = await this.client.examples(touchedRules(pack, required), 'save', pack);
    if (!run) return superseded();
    if (!run.ok) return fail(run.problems);
    this.failing = run.value.filter((r) => !r.ok);
    if (this.failing.length > 0) {
      return fail(this.failing.map((r) => ({ ...problem('pack/example-fails', r.source), ruleId: r.ruleId })));
    }
    const saved = await store.savePackRevision({
      revision,
      rulesetHash: checked.value.rulesetHash,
      by: this.settings.actor.name,
      at: new Date().toISOString(),
      reason: reason.trim(),
      source: options.source ?? 'edit',
      changes: diffPacks(this.current?.pack, pack).map(({ key, change, reason: why }) => ({
        key,
        change,
        reason: why,
      })),
      pack,
    });
    if (!saved.ok) return saved;
    this.revisions = [...this.revisions, saved.value];
    this.draft = undefined;
    await this.use(pack);
    return saved;
  }

  /** Another tab saved a revision (or imported a workspace): read them again and check with the last one. */
  async reload(): Promise<void> {
    const listed = await this.persistence.store?.listPackRevisions();
    if (!listed?.ok || listed.value.at(-1)?.revision === this.current?.revision) return;
    this.revisions = listed.value;
    await this.use(this.current?.pack);
  }

  /** Switches the checker to a pack and makes every view check again under it. */
  private async use(pack: RulePack | undefined): Promise<void> {
    const r = await this.client.setPack(pack ?? null);
    if (!r.ok) {
      this.problems = r.problems;
      return;
    }
    this.rules = r.value;
    this.problems = r.value.problems;
    this.examples = {};
    const c = this.catalog.value;
    if (!c) return;
    this.catalog.value = {
      ...c,
      rulesetHash: r.value.rulesetHash,
      ruleCount: r.value.ruleCount,
      messages: r.value.messages,
    };
    this.checker.results = {};
    this.reviews.forgetReports();
  }
}
