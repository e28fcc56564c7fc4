import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckClient } from '../../src/worker/client';
import type { WorkerRequest, WorkerStart } from '../../src/worker/protocol';
import { FakeWorker, clientOnFakes } from './fake-worker';

type Sent = WorkerRequest | WorkerStart;

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('CheckClient with a worker that warms up on start', () => {
  let workers: FakeWorker<Sent>[];
  let client: CheckClient;
  let open: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    ({ client, workers } = clientOnFakes(() => new FakeWorker<Sent>(), { timeoutMs: 3000, sendsStart: true }));
    client.startAfter(new Promise<void>((resolve) => (open = resolve)));
  });
  afterEach(() => {
    client.dispose();
    vi.useRealTimers();
  });

  it('sends start once the worker is loaded and the gate is open, then requests once it is ready', async () => {
    const catalog = client.catalog().catch(() => undefined);
    workers[0]?.emit({ type: 'loaded' });
    await flush();
    expect(workers[0]?.received).toEqual([]);
    open();
    await flush();
    expect(workers[0]?.received.map((m) => m.type)).toEqual(['start']);
    workers[0]?.emit({ type: 'ready' });
    expect(workers[0]?.received.map((m) => m.type)).toEqual(['start', 'catalog']);
    client.dispose();
    await catalog;
  });

  it('sends no start to a worker that has not said it is loaded (a message before its handler is lost)', async () => {
    open();
    await flush();
    expect(workers[0]?.received).toEqual([]);
    workers[0]?.emit({ type: 'loaded' });
    await flush();
    expect(workers[0]?.received.map((m) => m.type)).toEqual(['start']);
  });

  it('starts a worker the watchdog restarted at once, and gives it the setup again', async () => {
    open();
    workers[0]?.emit({ type: 'loaded' });
    await flush();
    workers[0]?.emit({ type: 'ready' });
    void client.setSamples({ 'mine.json': [] });
    const check = client.check('editor', '{% for i in (1..9999999) %}{% endfor %}', undefined);
    workers[0]?.emit({ id: 1, type: 'samples', samples: { samples: [], samplesHash: 'h', problems: [] } });
    await vi.advanceTimersByTimeAsync(3000);
    expect((await check)?.problems.map((p) => p.code)).toEqual(['template/limit']);
    await flush();
    expect(workers).toHaveLength(2);
    workers[1]?.emit({ type: 'loaded' });
    await flush();
    expect(workers[1]?.received.map((m) => m.type)).toEqual(['start']);
    workers[1]?.emit({ type: 'ready' });
    expect(workers[1]?.received.map((m) => m.type)).toEqual(['start', 'samples']);
  });

  it('sends no start to a worker that is ready by itself (the default)', async () => {
    const plain = new FakeWorker<Sent>();
    const other = new CheckClient({ createWorker: () => plain });
    other.startAfter(Promise.resolve());
    plain.emit({ type: 'loaded' });
    await flush();
    expect(plain.received).toEqual([]);
    other.dispose();
  });
});
