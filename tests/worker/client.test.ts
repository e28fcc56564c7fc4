import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckClient } from '../../src/worker/client';
import { FakeWorker, clientOnFakes } from './fake-worker';
import type { Report } from '../../src/core/index';

const report = (score: number): Report => ({ verdict: 'pass', score, findings: [], problems: [], samples: [] });

class AnsweringWorker extends FakeWorker {
  /** Answers the last request it received with a report scored by the request's source length. */
  answerLast(): void {
    const last = this.received.at(-1);
    if (last?.type === 'check') this.emit({ id: last.id, type: 'check', report: report(last.source.length) });
  }
}

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('CheckClient', () => {
  let workers: AnsweringWorker[];
  let client: CheckClient;
  beforeEach(() => {
    vi.useFakeTimers();
    ({ client, workers } = clientOnFakes(() => new AnsweringWorker(), { timeoutMs: 3000 }));
  });
  afterEach(() => {
    client.dispose();
    vi.useRealTimers();
  });

  it('sends nothing until the worker is ready, then answers a check with its report', async () => {
    const pending = client.check('editor', 'abc', undefined);
    expect(workers[0]?.received).toHaveLength(0);
    workers[0]?.emit({ type: 'ready' });
    expect(workers[0]?.received.map((r) => r.type)).toEqual(['check']);
    workers[0]?.answerLast();
    expect((await pending)?.score).toBe(3);
  });

  it('resolves a superseded check of the same key to undefined and sends only the newest', async () => {
    const w = workers[0]!;
    w.emit({ type: 'ready' });
    const first = client.check('editor', 'a', undefined);
    const second = client.check('editor', 'ab', undefined);
    const third = client.check('editor', 'abc', undefined);
    w.answerLast(); // answers "a" (in flight), which is stale by now
    await flush();
    w.answerLast(); // answers "abc"; "ab" was dropped from the queue
    expect(await first).toBeUndefined();
    expect(await second).toBeUndefined();
    expect((await third)?.score).toBe(3);
    expect(w.received.map((r) => (r.type === 'check' ? r.source : r.type))).toEqual(['a', 'abc']);
  });

  it('keeps requests with different keys and sends the higher priority first', async () => {
    const w = workers[0]!;
    const low = client.check('library:a', 'aa', undefined, 0);
    const high = client.check('editor', 'eeee', undefined, 10);
    w.emit({ type: 'ready' });
    w.answerLast();
    await flush();
    w.answerLast();
    expect((await high)?.score).toBe(4);
    expect((await low)?.score).toBe(2);
    expect(w.received.map((r) => (r.type === 'check' ? r.source : r.type))).toEqual(['eeee', 'aa']);
  });

  it('reports template/limit and restarts the worker when it does not answer in time', async () => {
    const w = workers[0]!;
    w.emit({ type: 'ready' });
    const bomb = client.check('editor', '{% for %}', undefined);
    const next = client.check('library:x', 'xy', undefined);
    vi.advanceTimersByTime(3001);
    const answer = await bomb;
    expect(answer?.verdict).toBe('block');
    expect(answer?.problems.map((p) => p.code)).toEqual(['template/limit']);
    expect(w.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const fresh = workers[1]!;
    fresh.emit({ type: 'ready' });
    fresh.answerLast();
    expect((await next)?.score).toBe(2);
  });

  it('ignores late answers from a terminated worker', async () => {
    const w = workers[0]!;
    w.emit({ type: 'ready' });
    const bomb = client.check('editor', 'slow', undefined);
    vi.advanceTimersByTime(3001);
    await bomb;
    const again = client.check('editor', 'ok', undefined);
    w.emit({ id: 2, type: 'check', report: report(99) });
    workers[1]!.emit({ type: 'ready' });
    workers[1]!.answerLast();
    expect((await again)?.score).toBe(2);
  });

  it('turns a worker error into an internal problem and restarts', async () => {
    const w = workers[0]!;
    w.emit({ type: 'ready' });
    const pending = client.check('editor', 'x', undefined);
    w.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent);
    expect((await pending)?.problems.map((p) => p.code)).toEqual(['internal']);
    expect(workers).toHaveLength(2);
  });
});
