import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckClient } from '../../src/worker/client';
import { FakeWorker, clientOnFakes } from './fake-worker';
import type { RulesInfo, WorkerMessage, WorkerRequest } from '../../src/worker/protocol';

const rules = (hash: string): RulesInfo => ({ rulesetHash: hash, ruleCount: 1, messages: {}, rules: [], problems: [] });
const pack = { packVersion: 1, name: 'p', revision: 2 };

class PackWorker extends FakeWorker {
  /** Answers the last request like the real handler would, with fixed data. */
  answerLast(): void {
    const r = this.received.at(-1);
    if (r?.type === 'pack') this.emit({ id: r.id, type: 'rules', rules: rules('h-pack') });
    if (r?.type === 'preview') {
      const results = r.templates.map((t) => ({
        id: t.id,
        before: { verdict: 'warn' as const, score: 90 },
        after: { verdict: 'block' as const, score: 60 },
      }));
      this.emit({ id: r.id, type: 'preview', preview: { rulesetHash: 'h', problems: [], results } });
    }
    if (r?.type === 'examples') {
      const results = r.ruleIds.map((ruleId) => ({
        ruleId,
        expect: 'fail' as const,
        index: 0,
        source: 's',
        ok: true,
        hits: 1,
        problems: [],
      }));
      this.emit({ id: r.id, type: 'examples', results, problems: [] });
    }
  }
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('CheckClient rule packs', () => {
  let workers: PackWorker[];
  let client: CheckClient;
  beforeEach(() => {
    vi.useFakeTimers();
    ({ client, workers } = clientOnFakes(() => new PackWorker(), { timeoutMs: 3000 }));
  });
  afterEach(() => {
    client.dispose();
    vi.useRealTimers();
  });

  it('sends the pack before queued checks and resolves to the rules in use', async () => {
    const w = workers[0]!;
    void client.check('editor', 'a', undefined, 10);
    const set = client.setPack(pack);
    w.emit({ type: 'ready' });
    expect(w.received.map((r) => r.type)).toEqual(['pack']);
    w.answerLast();
    const r = await set;
    expect(r.ok && r.value.rulesetHash).toBe('h-pack');
    expect(w.received.map((r) => r.type)).toEqual(['pack', 'check']);
  });

  it('sends the pack and the samples again to a worker restarted by the watchdog, before the next check', async () => {
    const w = workers[0]!;
    w.emit({ type: 'ready' });
    const samples = client.setSamples({ 'user/x.json': { id: 'x' } });
    w.emit({ id: w.received[0]!.id, type: 'samples', samples: { samples: [], samplesHash: 'h', problems: [] } });
    await samples;
    const set = client.setPack(pack);
    w.answerLast();
    await set;
    const bomb = client.check('editor', 'slow', undefined);
    vi.advanceTimersByTime(3001);
    await bomb;
    void client.check('editor', 'ok', undefined);
    const fresh = workers[1]!;
    fresh.emit({ type: 'ready' });
    fresh.emit({
      id: fresh.received[0]!.id,
      type: 'samples',
      samples: { samples: [], samplesHash: 'h', problems: [] },
    });
    fresh.answerLast();
    expect(fresh.received.map((r) => r.type)).toEqual(['samples', 'pack', 'check']);
    expect(fresh.received[1]).toMatchObject({ type: 'pack', pack });
  });

  it('does not send a refused pack again after a restart', async () => {
    const w = workers[0]!;
    w.emit({ type: 'ready' });
    const set = client.setPack('{ oops');
    w.emit({ id: w.received[0]!.id, type: 'error', problems: [{ code: 'pack/json', message: 'bad' }] });
    const r = await set;
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['pack/json']);
    const bomb = client.check('editor', 'slow', undefined);
    vi.advanceTimersByTime(3001);
    await bomb;
    void client.check('editor', 'ok', undefined);
    workers[1]!.emit({ type: 'ready' });
    expect(workers[1]!.received.map((r) => r.type)).toEqual(['check']);
  });

  it('previews many templates in small requests and joins the results in order', async () => {
    const w = workers[0]!;
    w.emit({ type: 'ready' });
    const templates = Array.from({ length: 7 }, (_, i) => ({ id: `t${i}`, source: 's' }));
    const preview = client.preview(pack, templates);
    for (let i = 0; i < 3; i++) {
      await flush();
      w.answerLast();
    }
    const r = await preview;
    expect(w.received.map((q) => (q.type === 'preview' ? q.templates.length : 0))).toEqual([3, 3, 1]);
    expect(r?.ok && r.value.results.map((x) => x.id)).toEqual(templates.map((t) => t.id));
  });

  it("keeps a save's validation when the live preview of an edit starts after it", async () => {
    const w = workers[0]!;
    w.emit({ type: 'ready' });
    const save = client.preview(pack, [], 'save');
    await flush();
    const live = client.preview(pack, [{ id: 't0', source: 's' }]);
    w.answerLast();
    await flush();
    w.answerLast();
    await flush();
    w.answerLast();
    const [saved, shown] = await Promise.all([save, live]);
    expect(saved?.ok && saved.value.rulesetHash).toBe('h');
    expect(shown?.ok && shown.value.results.map((x) => x.id)).toEqual(['t0']);
  });

  it('resolves an older live preview to undefined when a newer live preview starts', async () => {
    const w = workers[0]!;
    w.emit({ type: 'ready' });
    const first = client.preview(pack, [{ id: 't0', source: 's' }]);
    await flush();
    const second = client.preview(pack, [{ id: 't1', source: 's' }]);
    w.answerLast();
    await flush();
    w.answerLast();
    expect(await first).toBeUndefined();
    const r = await second;
    expect(r?.ok && r.value.results.map((x) => x.id)).toEqual(['t1']);
  });

  it('resolves an examples run to undefined when a newer run with the same tag starts', async () => {
    const w = workers[0]!;
    w.emit({ type: 'ready' });
    const ids = Array.from({ length: 8 }, (_, i) => `rule-${i}`);
    const first = client.examples(ids, 'save', pack);
    const second = client.examples(ids, 'save', pack);
    w.answerLast();
    expect(await first).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      await flush();
      w.answerLast();
    }
    const r = await second;
    expect(r?.ok && r.value.map((x) => x.ruleId)).toEqual(ids);
  });
});
