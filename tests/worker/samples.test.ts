import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSamples, samplesHash } from '../../src/core/index';
import type { CheckClient } from '../../src/worker/client';
import { FakeWorker, clientOnFakes } from './fake-worker';
import { createHandler } from '../../src/worker/handler';
import { mergeSamples } from '../../src/worker/merge-samples';
import type { WorkerMessage, WorkerRequest, WorkerResponse } from '../../src/worker/protocol';

const repo = defaultSamples();
const base = repo[0]!;
const userSample = (id: string, label = `用户样例 ${id}`) => ({ id, label, ...base.data });

const asSamples = (r: WorkerResponse) => {
  if (r.type !== 'samples') throw new Error(r.type);
  return structuredClone(r.samples);
};

describe('mergeSamples', () => {
  it('reports a user sample that reuses a built-in id and keeps the built-in one', () => {
    const { samples, problems } = mergeSamples(repo, { 'user/a.json': userSample(base.id) });
    expect(samples).toHaveLength(repo.length);
    expect(problems.map((p) => p.code)).toEqual(['sample/duplicate-id']);
  });

  it.each([
    ['a syntax error with its line and column', '{\n  "id": "x",\n  oops\n}', 'sample/json', { line: 3, column: 3 }],
    [
      'a schema error with its JSON path',
      JSON.stringify({ ...userSample('bad'), loan: { ...base.data.loan, due_date: '5月1日' } }),
      'sample/invalid',
      { path: ['loan', 'due_date'] },
    ],
  ])('reports %s and leaves the file out', (_name, text, code, where) => {
    const { samples, problems } = mergeSamples(repo, { 'user/x.json': text });
    expect(samples).toHaveLength(repo.length);
    expect(problems[0]).toMatchObject({ code, ...where });
  });
});

describe('worker handler samples', () => {
  it('checks and renders user samples after a samples request, and hashes the set in use', async () => {
    const handle = createHandler();
    const set = asSamples(
      await handle({ id: 1, type: 'samples', files: { 'user/zz-new.json': userSample('zz-new', '新样例') } }),
    );
    expect(set.problems).toEqual([]);
    expect(set.samples.map((s) => s.id)).toEqual([...repo.map((s) => s.id), 'zz-new']);
    expect(set.samplesHash).toBe(await samplesHash(set.samples));
    expect(set.samplesHash).not.toBe(await samplesHash(repo));

    const check = await handle({ id: 2, type: 'check', source: '{{ borrower.name }}' });
    expect(check.type === 'check' && check.report.samples.map((s) => s.sampleId)).toContain('zz-new');
    const catalog = await handle({ id: 3, type: 'catalog' });
    expect(catalog.type === 'catalog' && catalog.catalog.samplesHash).toBe(set.samplesHash);
    const rendered = check.type === 'check' ? check.report.samples.find((s) => s.sampleId === 'zz-new') : undefined;
    expect(rendered?.text).toBe(base.data.borrower.name);
  });

  it('goes back to the repo samples and their hash when the user files are removed', async () => {
    const handle = createHandler();
    await handle({ id: 1, type: 'samples', files: { 'user/zz.json': userSample('zz') } });
    const set = asSamples(await handle({ id: 2, type: 'samples', files: {} }));
    expect(set.samplesHash).toBe(await samplesHash(repo));
  });
});

describe('CheckClient samples', () => {
  let workers: FakeWorker[];
  let client: CheckClient;
  beforeEach(() => {
    vi.useFakeTimers();
    ({ client, workers } = clientOnFakes(() => new FakeWorker(), { timeoutMs: 3000 }));
  });
  afterEach(() => {
    client.dispose();
    vi.useRealTimers();
  });

  it('sends the samples before queued checks and resolves to the sample set', async () => {
    const w = workers[0]!;
    void client.check('editor', 'a', undefined, 10);
    const set = client.setSamples({ 'user/x.json': {} });
    w.emit({ type: 'ready' });
    expect(w.received.map((r) => r.type)).toEqual(['samples']);
    w.emit({ id: w.received[0]!.id, type: 'samples', samples: { samples: [], samplesHash: 'h', problems: [] } });
    expect((await set)?.samplesHash).toBe('h');
    expect(w.received.map((r) => r.type)).toEqual(['samples', 'check']);
  });

  it('sends the user samples again to a worker restarted by the watchdog, before the next check', async () => {
    const w = workers[0]!;
    w.emit({ type: 'ready' });
    const set = client.setSamples({ 'user/x.json': { id: 'x' } });
    w.emit({ id: w.received[0]!.id, type: 'samples', samples: { samples: [], samplesHash: 'h', problems: [] } });
    await set;
    const bomb = client.check('editor', 'slow', undefined);
    vi.advanceTimersByTime(3001);
    expect((await bomb)?.problems.map((p) => p.code)).toEqual(['template/limit']);
    const next = client.check('editor', 'ok', undefined);
    const fresh = workers[1]!;
    fresh.emit({ type: 'ready' });
    expect(fresh.received).toEqual([
      expect.objectContaining({ type: 'samples', files: { 'user/x.json': { id: 'x' } } }),
    ]);
    fresh.emit({
      id: fresh.received[0]!.id,
      type: 'samples',
      samples: { samples: [], samplesHash: 'h', problems: [] },
    });
    expect(fresh.received.map((r) => r.type)).toEqual(['samples', 'check']);
    void next;
  });
});
