import { describe, expect, it } from 'vitest';
import type { Workspace as Store } from '../../src/storage/index';
import { CatalogState } from '../../src/ui/state/catalog.svelte';
import type { Persistence } from '../../src/ui/state/persistence.svelte';
import { ReviewState } from '../../src/ui/state/reviews.svelte';
import type { SettingsState } from '../../src/ui/state/settings.svelte';
import type { WorkspaceTemplate } from '../../src/ui/state/workspace.svelte';
import { CheckClient, type WorkerLike } from '../../src/worker/client';
import { createHandler } from '../../src/worker/handler';
import type { WorkerMessage, WorkerRequest } from '../../src/worker/protocol';
import borrower from '../../samples/borrowers/ayiguli-maimaiti.json';
import { memoryWorkspace } from '../storage/helpers';

const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | salutation }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';

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

async function setup(store: Store) {
  const client = new CheckClient({ createWorker: () => new HandlerWorker(), timeoutMs: 60_000 });
  const catalog = new CatalogState();
  catalog.value = await client.catalog();
  const who: { actor: { name: string; role: 'writer' | 'reviewer' } } = { actor: { name: '王文案', role: 'writer' } };
  const settings = who as unknown as SettingsState;
  const reviews = new ReviewState(client, { store } as unknown as Persistence, catalog, settings);
  const template: WorkspaceTemplate = {
    id: 't1',
    name: 'D+30 提醒',
    source: LAWFUL,
    meta: { audience: 'debtor', stage: 'D+30' },
    origin: 'user',
    updatedAt: 0,
  };
  /** Adds own samples (copies of one built-in borrower) as the samples dialog does, and forgets old reports. */
  const useSamples = async (...samples: { id: string; appName?: string }[]) => {
    const files = Object.fromEntries(
      samples.map(({ id, appName }) => [
        `user-samples/${id}.json`,
        {
          ...borrower,
          id,
          label: id,
          platform: { ...borrower.platform, app_name: appName ?? borrower.platform.app_name },
        },
      ]),
    );
    const set = await client.setSamples(files);
    if (!set || set.problems.length > 0) throw new Error(JSON.stringify(set?.problems));
    catalog.value = { ...catalog.value!, samples: set.samples, samplesHash: set.samplesHash };
    reviews.forgetReports();
  };
  return { client, catalog, who, reviews, template, useSamples };
}

async function approve(s: Awaited<ReturnType<typeof setup>>): Promise<void> {
  const saved = await s.reviews.saveVersion(s.template, '送审');
  if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
  await s.reviews.submit(saved.value.id, '');
  s.who.actor = { name: '李法务', role: 'reviewer' };
  const report = await s.reviews.reportOf(saved.value);
  if (!report) throw new Error('no report');
  const warnings = [...new Set(report.findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId))];
  const justifications = warnings.map((ruleId) => ({ ruleId, text: '已核实' }));
  const approved = await s.reviews.approve(saved.value, report, justifications, '同意');
  if (!approved.ok) throw new Error(JSON.stringify(approved.problems));
}

describe('the review state after the samples changed', () => {
  it('shows the milder state for a same re-check, renews it in one step, and a new finding asks for a full review', async () => {
    const store = memoryWorkspace();
    const s = await setup(store);
    await approve(s);
    await s.reviews.updateStatuses([s.template]);
    expect(s.reviews.statuses.t1).toBe('approved');

    await s.useSamples({ id: 'copy' });
    await s.reviews.updateStatuses([s.template]);
    expect(s.reviews.statuses.t1).toBe('samples_changed_same_result');
    expect(s.reviews.rechecks.t1?.diff).toMatchObject({ same: true, newFindings: [] });

    const renewed = await s.reviews.reconfirm('t1', '复核确认：样本已变更');
    expect(renewed.ok && [renewed.value.status, renewed.value.versionId, renewed.value.reviewer]).toEqual([
      'approved',
      't1@2',
      '李法务',
    ]);
    await s.reviews.updateStatuses([s.template]);
    expect(s.reviews.statuses.t1).toBe('approved');
    expect(s.reviews.rechecks.t1).toBeUndefined();

    await s.useSamples({ id: 'copy' }, { id: 'insult', appName: '钱站APP老赖专区' });
    await s.reviews.updateStatuses([s.template]);
    expect(s.reviews.statuses.t1).toBe('samples_changed_since_approval');
    expect(s.reviews.rechecks.t1?.diff?.newFindings.map((f) => f.ruleId)).toContain('no-insults');
    const refused = await s.reviews.reconfirm('t1', 'm');
    expect(refused.ok ? [] : refused.problems.map((p) => p.code)).toContain('review/recheck-differs');

    await s.reviews.updateStatuses([{ ...s.template, source: `${LAWFUL}谢谢。` }]);
    expect(s.reviews.statuses.t1).toBe('changed_since_approval');
    s.client.dispose();
  }, 60_000);
});
