import { describe, expect, it } from 'vitest';
import type { RulePack } from '../../src/core/model';
import type { Workspace as Store } from '../../src/storage/index';
import { CatalogState } from '../../src/ui/state/catalog.svelte';
import type { Checker } from '../../src/ui/state/checker.svelte';
import { PackState } from '../../src/ui/state/packs.svelte';
import type { Persistence } from '../../src/ui/state/persistence.svelte';
import type { ReviewState } from '../../src/ui/state/reviews.svelte';
import type { SettingsState } from '../../src/ui/state/settings.svelte';
import { CheckClient, type WorkerLike } from '../../src/worker/client';
import { createHandler } from '../../src/worker/handler';
import type { WorkerMessage, WorkerRequest } from '../../src/worker/protocol';
import { memoryWorkspace } from '../storage/helpers';

const AT = '2026-12-06T10:00:00+08:00';
const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请仅在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';
const MORAL = `${LAWFUL}欠债还钱天经地义。`;
const META = { audience: 'debtor' as const, stage: 'D+3' };

/** The real handler behind the worker interface (structured-cloned like postMessage). */
class HandlerWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly handle = createHandler();
  constructor() {
    queueMicrotask(() => this.emit({ type: 'ready' }));
  }
  postMessage(request: WorkerRequest): void {
    void this.handle(structuredClone(request)).then((r) => this.emit(structuredClone(r)));
  }
  terminate(): void {}
  private emit(message: WorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  }
}

function setup(store: Store, role: 'writer' | 'reviewer' = 'reviewer', name = '李法务') {
  const client = new CheckClient({ createWorker: () => new HandlerWorker(), timeoutMs: 60_000 });
  const catalog = new CatalogState();
  const checker = { results: { stale: {} } } as unknown as Checker;
  let forgotten = 0;
  const reviews = { forgetReports: () => void forgotten++ } as unknown as ReviewState;
  const settings = { actor: { name, role } } as unknown as SettingsState;
  const packs = new PackState(client, { store } as unknown as Persistence, catalog, settings, checker, reviews);
  return { client, catalog, checker, packs, forgotten: () => forgotten };
}

const strict = (p: RulePack): RulePack => ({
  ...p,
  overrides: { 'moralising-wording': { severity: 'error', reason: '从严', by: '李法务', at: AT } },
});

describe('the rule pack state', () => {
  it('refuses to save without a reason, for a writer, and with nothing changed', async () => {
    const store = memoryWorkspace();
    const writer = setup(store, 'writer', '王文案');
    writer.packs.edit(strict);
    const byWriter = await writer.packs.save('从严');
    expect(byWriter.ok ? [] : byWriter.problems.map((p) => p.code)).toEqual(['pack/forbidden']);
    const { packs, client } = setup(store);
    const unchanged = await packs.save('从严');
    expect(unchanged.ok ? [] : unchanged.problems.map((p) => p.code)).toEqual(['pack/unchanged']);
    packs.edit(strict);
    const noReason = await packs.save('   ');
    expect(noReason.ok ? [] : noReason.problems.map((p) => p.code)).toEqual(['pack/no-reason']);
    const stored = await store.listPackRevisions();
    expect(stored.ok && stored.value).toEqual([]);
    client.dispose();
    writer.client.dispose();
  });

  it('refuses to save when a rule then fails one of its own examples, and names the example', async () => {
    const store = memoryWorkspace();
    const { packs, client } = setup(store);
    packs.edit((p) => ({ ...p, examples: { 'moralising-wording': { pass: ['【钱站】欠债还钱天经地义。'] } } }));
    const r = await packs.save('补充示例');
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.ruleId])).toEqual([
      ['pack/example-fails', 'moralising-wording'],
    ]);
    expect(packs.failing.map((f) => [f.expect, f.source])).toEqual([['pass', '【钱站】欠债还钱天经地义。']]);
    expect(packs.draft).toBeDefined();
    const stored = await store.listPackRevisions();
    expect(stored.ok && stored.value).toEqual([]);
    client.dispose();
  });

  it('previews the verdict change, saves a revision bound to the new ruleset hash and checks with it', async () => {
    const store = memoryWorkspace();
    const { packs, client, catalog, checker, forgotten } = setup(store);
    const base = await client.catalog();
    catalog.value = base;
    packs.edit(strict);
    const preview = await packs.preview([{ id: 'moral', source: MORAL, meta: META }]);
    const row = preview?.ok ? preview.value.results[0] : undefined;
    expect([row?.before.verdict, row?.after.verdict]).toEqual(['warn', 'block']);
    expect((await client.check('c', MORAL, META))?.verdict).toBe('warn');

    const saved = await packs.save('说教用语从严');
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    expect(saved.value).toMatchObject({ revision: 1, by: '李法务', reason: '说教用语从严', source: 'edit' });
    expect(saved.value.changes).toEqual([{ key: 'overrides.moralising-wording', change: 'added', reason: '从严' }]);
    expect(packs.draft).toBeUndefined();
    expect(catalog.value?.rulesetHash).toBe(saved.value.rulesetHash);
    expect(catalog.value?.rulesetHash).not.toBe(base.rulesetHash);
    expect(checker.results).toEqual({});
    expect(forgotten()).toBe(1);
    expect((await client.check('c', MORAL, META))?.verdict).toBe('block');
    expect(packs.rules?.rules.find((r) => r.id === 'moralising-wording')?.severity).toBe('error');
    client.dispose();
  });

  it('gives a new checker the stored pack at start, before any check', async () => {
    const store = memoryWorkspace();
    const first = setup(store);
    first.packs.edit(strict);
    const saved = await first.packs.save('说教用语从严');
    if (!saved.ok) throw new Error('save failed');
    first.client.dispose();

    const next = setup(store);
    const rules = await next.packs.load();
    expect(rules?.rulesetHash).toBe(saved.value.rulesetHash);
    expect(next.packs.current?.revision).toBe(1);
    expect((await next.client.check('c', MORAL, META))?.verdict).toBe('block');
    next.client.dispose();
  });

  it('reads a shared pack file: the pack, or where it is wrong', async () => {
    const { packs, client } = setup(memoryWorkspace());
    const good = await packs.read(JSON.stringify(strict({ packVersion: 1, name: '总部', revision: 4 })));
    expect(good.ok && good.value.name).toBe('总部');
    const broken = await packs.read('{\n  "packVersion": 1,\n  oops\n}');
    expect(broken.ok ? [] : broken.problems.map((p) => [p.code, p.line])).toEqual([['pack/json', 3]]);
    const unknown = await packs.read(
      JSON.stringify({ packVersion: 1, name: 'x', revision: 1, params: { nope: { reason: 'r' } } }),
    );
    expect(unknown.ok ? [] : unknown.problems.map((p) => [p.code, p.path])).toEqual([
      ['pack/unknown-rule', ['params', 'nope']],
    ]);
    client.dispose();
  });
});
