import { describe, expect, it } from 'vitest';
import { DEFAULT_META } from '../../src/core/types';
import type { Report } from '../../src/core/model';
import { Checker } from '../../src/ui/state/checker.svelte';
import { CheckClient, type WorkerLike } from '../../src/worker/client';
import type { WorkerMessage, WorkerRequest } from '../../src/worker/protocol';

const report = (score: number): Report => ({ verdict: 'pass', score, findings: [], problems: [], samples: [] });

/** A ready worker that answers only when told to; `received` lists what was posted to it. */
class HeldWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: WorkerRequest[] = [];
  constructor() {
    queueMicrotask(() => this.emit({ type: 'ready' }));
  }
  postMessage(message: WorkerRequest): void {
    this.received.push(message);
  }
  terminate(): void {}
  /** Answers the oldest unanswered check with a report scored by its source's length. */
  answer(): void {
    const request = this.received.shift();
    if (request?.type === 'check') this.emit({ id: request.id, type: 'check', report: report(request.source.length) });
  }
  private emit(message: WorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  }
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const sources = (worker: HeldWorker) => worker.received.map((r) => (r.type === 'check' ? r.source : r.type));

function setup() {
  const worker = new HeldWorker();
  const client = new CheckClient({ createWorker: () => worker, timeoutMs: 60_000 });
  return { worker, client, checker: new Checker(client) };
}

const target = (source: string) => ({ id: 't1', source, meta: { ...DEFAULT_META } });

describe('Checker', () => {
  it('sends a check as soon as it is scheduled, without waiting for typing to pause', async () => {
    const { worker, client, checker } = setup();
    await settle();
    checker.schedule(target('您好'));
    await settle();
    expect(sources(worker)).toEqual(['您好']);
    expect(checker.pending.t1).toBe(true);
    client.dispose();
  });

  it('keeps one check running and only the newest queued, and shows the newest report', async () => {
    const { worker, client, checker } = setup();
    await settle();
    checker.schedule(target('a'));
    await settle();
    for (const source of ['ab', 'abc', 'abcd']) checker.schedule(target(source));
    await settle();
    expect(sources(worker)).toEqual(['a']);

    worker.answer();
    await settle();
    expect(sources(worker)).toEqual(['abcd']);
    expect(checker.results.t1).toBeUndefined();
    expect(checker.pending.t1).toBe(true);

    worker.answer();
    await settle();
    expect(checker.results.t1?.source).toBe('abcd');
    expect(checker.results.t1?.report.score).toBe(4);
    expect(checker.pending.t1).toBe(false);
    client.dispose();
  });

  it('sends a check again only when what it asks changed while the first is unanswered', async () => {
    const { worker, client, checker } = setup();
    await settle();
    checker.schedule(target('a'), { samplesHash: 'h1' });
    checker.schedule(target('b'));
    await settle();
    checker.schedule(target('b'));
    checker.schedule(target('b'), { samplesHash: 'h2' });
    await settle();
    worker.answer();
    await settle();
    expect(sources(worker)).toEqual(['b']);
    expect(worker.received).toHaveLength(1);
    worker.answer();
    await settle();
    expect(checker.results.t1).toMatchObject({ source: 'b', samplesHash: 'h2' });

    checker.schedule(target('b'), { samplesHash: 'h2' });
    await settle();
    expect(sources(worker)).toEqual(['b']);
    client.dispose();
  });

  it('keeps the samples hash a check was scheduled under with its report', async () => {
    const { worker, client, checker } = setup();
    await settle();
    checker.schedule(target('您好'), { samplesHash: 'h1' });
    await settle();
    worker.answer();
    await settle();
    expect(checker.results.t1).toMatchObject({ source: '您好', samplesHash: 'h1' });
    client.dispose();
  });
});
