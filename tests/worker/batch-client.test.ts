import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/index';
import { BatchClient, chunked, poolSize, type BatchWorkerLike } from '../../src/worker/batch-client';
import type { BatchRequest, BatchResponse, RowResult } from '../../src/worker/batch-protocol';

const result = (text: string): RowResult => ({
  verdict: text.includes('赖') ? 'block' : 'pass',
  score: text.length,
  categories: text.includes('赖') ? ['insult'] : [],
  hits: [],
  problems: [],
});

/** A worker that holds requests until the test answers them; `crashOn` makes a check of that text crash it. */
class FakeWorker implements BatchWorkerLike {
  onmessage: ((event: MessageEvent<BatchResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: BatchRequest[] = [];
  terminated = false;
  constructor(private readonly crashOn?: string) {}
  postMessage(message: BatchRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers every request not answered yet; returns how many. */
  answerAll(): number {
    const open = this.received.splice(0);
    for (const r of open) {
      if (r.type === 'check' && this.crashOn && r.texts.includes(this.crashOn)) {
        this.onerror?.({ message: 'boom' } as ErrorEvent);
        return open.length;
      }
      const reply: BatchResponse =
        r.type === 'setup'
          ? { id: r.id, type: 'setup', problems: [] }
          : r.type === 'check'
            ? { id: r.id, type: 'checked', rows: r.rows, results: r.texts.map(result) }
            : { id: r.id, type: 'error', problems: [] };
      this.onmessage?.({ data: reply } as MessageEvent<BatchResponse>);
    }
    return open.length;
  }
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

function pool(size: number, chunkSize: number, crashOn?: string) {
  const workers: FakeWorker[] = [];
  const client = new BatchClient({
    size,
    chunkSize,
    createWorker: () => {
      const w = new FakeWorker(workers.length === 0 ? crashOn : undefined);
      workers.push(w);
      return w;
    },
  });
  /** Lets every live worker answer until nothing is left to answer. */
  const drain = async () => {
    for (let answered = 1; answered > 0;) {
      answered = 0;
      for (const w of workers) if (!w.terminated) answered += w.answerAll();
      await flush();
    }
  };
  return { client, workers, drain };
}

describe('chunked and poolSize', () => {
  it('splits rows into consecutive chunks of at most the chunk size', () => {
    expect(chunked([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunked([], 3)).toEqual([]);
  });

  it('uses one worker per core but one, at least 1 and at most 4', () => {
    expect([poolSize(1), poolSize(2), poolSize(8), poolSize(undefined), poolSize(0)]).toEqual([1, 1, 4, 1, 1]);
  });
});

describe('BatchClient.run', () => {
  it('checks every row once across the workers, each worker set up with the pack first', async () => {
    const { client, workers, drain } = pool(3, 4);
    const texts = Array.from({ length: 25 }, (_, i) => (i % 5 === 0 ? `老赖${i}` : `您好${i}`));
    const seen = new Map<number, RowResult>();
    const done = client.run(
      { rows: texts.map((_, i) => i), text: (i) => texts[i] ?? '', pack: { name: 'p' } },
      { results: (rows, results) => rows.forEach((r, i) => seen.set(r, results[i] as RowResult)), failed: () => {} },
    );
    expect(workers.map((w) => w.received[0])).toEqual(
      [1, 2, 3].map((id) => ({ id, type: 'setup', pack: { name: 'p' } })),
    );
    await drain();
    expect(await done).toBe('done');
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(texts.map((_, i) => i));
    expect([...seen.values()].filter((r) => r.verdict === 'block')).toHaveLength(5);
  });

  it('starts no more workers than there are chunks', async () => {
    const { client, workers, drain } = pool(4, 10);
    const done = client.run(
      { rows: [0, 1, 2], text: () => '您好', pack: null },
      { results: () => {}, failed: () => {} },
    );
    await drain();
    expect(await done).toBe('done');
    expect(workers).toHaveLength(1);
  });

  it('stops on cancel: workers terminated, no result reported after it, the run resolves as cancelled', async () => {
    const { client, workers, drain } = pool(2, 2);
    const reported: number[] = [];
    const done = client.run(
      { rows: [0, 1, 2, 3, 4, 5, 6, 7], text: () => '您好', pack: null },
      { results: (rows) => reported.push(...rows), failed: () => {} },
    );
    workers.forEach((w) => w.answerAll());
    await flush();
    workers.forEach((w) => w.answerAll());
    await flush();
    const before = reported.length;
    client.cancel();
    await drain();
    expect(await done).toBe('cancelled');
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(reported.length).toBe(before);
    expect(before).toBeLessThan(8);
  });

  it('fails only the chunk a crashed worker held, sets up its replacement and checks the rest', async () => {
    const { client, workers, drain } = pool(1, 2, 'crash');
    const texts = ['a', 'b', 'crash', 'c', 'd', 'e'];
    const checked: number[] = [];
    const failed: { rows: number[]; problems: Problem[] }[] = [];
    const done = client.run(
      { rows: texts.map((_, i) => i), text: (i) => texts[i] ?? '', pack: 'P' },
      { results: (rows) => checked.push(...rows), failed: (rows, problems) => failed.push({ rows, problems }) },
    );
    await drain();
    expect(await done).toBe('done');
    expect(checked).toEqual([0, 1, 4, 5]);
    expect(failed).toEqual([{ rows: [2, 3], problems: [{ code: 'internal', message: 'batch worker failed: boom' }] }]);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
  });
});

describe('BatchClient.rows', () => {
  it('hands the rows over piece by piece and resolves to the total', async () => {
    const { client, workers } = pool(2, 10);
    const pieces: number[] = [];
    const done = client.rows({ kind: 'text', text: 'x' }, undefined, (rows) => pieces.push(rows.length));
    const request = workers[0]?.received[0];
    const emit = (r: BatchResponse) => workers[0]?.onmessage?.({ data: r } as MessageEvent<BatchResponse>);
    const id = request?.id ?? 0;
    emit({ id, type: 'rows', rows: [{ line: 1, text: 'a' }] });
    emit({
      id,
      type: 'rows',
      rows: [
        { line: 2, text: 'b' },
        { line: 3, text: '', bad: 'empty' },
      ],
    });
    emit({ id, type: 'rows-end', total: 3 });
    expect(await done).toEqual({ ok: true, value: { total: 3 } });
    expect(pieces).toEqual([1, 2]);
  });
});
