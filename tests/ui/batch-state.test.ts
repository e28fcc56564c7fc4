import { describe, expect, it } from 'vitest';
import { BatchState } from '../../src/ui/batch/batch-state.svelte';
import { BatchClient, type BatchWorkerLike } from '../../src/worker/batch-client';
import { createBatchHandler } from '../../src/worker/batch-handler';
import type { BatchRequest, BatchResponse } from '../../src/worker/batch-protocol';

/** A worker that runs the real batch handler in this thread, one task per request (as a real worker would). */
class InProcessWorker implements BatchWorkerLike {
  onmessage: ((event: MessageEvent<BatchResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: BatchRequest[] = [];
  private readonly handle = createBatchHandler();
  postMessage(message: BatchRequest): void {
    this.requests.push(message);
    setTimeout(() => {
      if (this.terminated) return;
      this.handle(structuredClone(message), (r) => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(r) } as MessageEvent<BatchResponse>);
      });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const LAWFUL = '【示例消费金融】您好，您的借款已逾期7天，应还1000.00元，请通过官方APP还款，客服400-000-1234。';
const ABUSIVE = '你这个老赖，再不还钱就上门找你家人！';

function batchWith(pack: unknown = null) {
  const workers: InProcessWorker[] = [];
  const batch = new BatchState({
    client: () =>
      new BatchClient({
        size: 2,
        chunkSize: 3,
        createWorker: () => {
          const w = new InProcessWorker();
          workers.push(w);
          return w;
        },
      }),
    pack: () => pack,
    refreshMs: 1,
  });
  return { batch, workers };
}

describe('BatchState', () => {
  it('reads pasted lines, checks each in the batch workers and counts verdicts and bad rows', async () => {
    const { batch, workers } = batchWith();
    batch.text = [LAWFUL, ABUSIVE, '', LAWFUL, ABUSIVE, ABUSIVE, '催'.repeat(2001), LAWFUL].join('\n');
    await batch.start();
    expect(batch.phase).toBe('done');
    const counts = batch.results.counts();
    expect(counts).toMatchObject({ pending: 0, block: 3, bad: 2 });
    expect(counts.pass + counts.warn).toBe(3);
    expect(batch.progress).toMatchObject({ done: 8, total: 8 });
    expect(batch.results.badRows().map((r) => [r.line, r.reason])).toEqual([
      [3, 'empty'],
      [7, 'too-long'],
    ]);
    expect(batch.results.categories().third_party).toBeGreaterThanOrEqual(3);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('sends the rule pack in use to every worker before it checks', async () => {
    const pack = { packVersion: 1, name: 'P', revision: 1 };
    const { batch, workers } = batchWith(pack);
    batch.text = Array.from({ length: 9 }, (_, i) => `${LAWFUL}${i}`).join('\n');
    await batch.start();
    const checking = workers.filter((w) => w.requests.some((r) => r.type === 'check'));
    expect(checking.length).toBeGreaterThan(0);
    for (const w of checking) expect(w.requests.find((r) => r.type !== 'rows')).toMatchObject({ type: 'setup', pack });
  });

  it('stops when cancelled: the run ends as cancelled and keeps what was checked', async () => {
    const { batch } = batchWith();
    batch.text = Array.from({ length: 60 }, (_, i) => (i % 2 ? ABUSIVE : LAWFUL)).join('\n');
    const run = batch.start();
    while (batch.phase !== 'checking' || batch.progress.done === 0) await new Promise((r) => setTimeout(r, 5));
    batch.cancel();
    await run;
    expect(batch.phase).toBe('cancelled');
    const counts = batch.results.counts();
    expect(counts.pending).toBeGreaterThan(0);
    expect(counts.pass + counts.warn + counts.block).toBeGreaterThan(0);
  });

  it('reads a CSV file: guesses the message column, and checks the column picked', async () => {
    const { batch } = batchWith();
    const csv = `id,短信内容,备注\n1,"${ABUSIVE}",x\n2,"${LAWFUL}",y\n`;
    await batch.openFile(new File([csv], 'list.csv'));
    expect(batch.table?.header).toEqual(['id', '短信内容', '备注']);
    expect(batch.column).toBe(1);
    await batch.start();
    expect(batch.results.counts()).toMatchObject({ block: 1, pending: 0 });
    expect(batch.results.row(0)).toMatchObject({ line: 2, text: ABUSIVE });
    batch.column = 0;
    await batch.start();
    expect(batch.results.row(0).text).toBe('1');
  });
});
