import { describe, expect, it } from 'vitest';
import { heldWorker } from '../../src/ui/editor/held-worker';
import type { WorkerLike } from '../../src/worker/client';
import type { WorkerMessage, WorkerRequest } from '../../src/worker/protocol';

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: WorkerRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: WorkerMessage): void {
    this.onmessage?.({ data } as MessageEvent<WorkerMessage>);
  }
}

const ready = { type: 'ready' } as WorkerMessage;
const later = () => {
  let open = (): void => undefined;
  const until = new Promise<void>((resolve) => (open = resolve));
  return { until, open };
};

describe('heldWorker', () => {
  it('creates the worker at once and passes its messages on, in order, only once the gate opens', async () => {
    const fake = new FakeWorker();
    let created = 0;
    const gate = later();
    const worker = heldWorker(() => (created++, fake), gate.until);
    const seen: WorkerMessage[] = [];
    worker.onmessage = (event) => seen.push(event.data);
    expect(created).toBe(1);
    fake.answer(ready);
    fake.answer({ type: 'error', id: 1, problems: [] } as WorkerMessage);
    await Promise.resolve();
    expect(seen).toEqual([]);
    gate.open();
    await gate.until;
    await Promise.resolve();
    expect(seen).toEqual([ready, { type: 'error', id: 1, problems: [] }]);
    fake.answer(ready);
    expect(seen).toHaveLength(3);
  });

  it('sends requests and stops the worker at once, and passes errors on without waiting', () => {
    const fake = new FakeWorker();
    const worker = heldWorker(() => fake, new Promise(() => undefined));
    const errors: ErrorEvent[] = [];
    worker.onerror = (event) => errors.push(event);
    worker.postMessage({ type: 'catalog', id: 1 } as WorkerRequest);
    fake.onerror?.({ message: 'boom' } as ErrorEvent);
    worker.terminate();
    expect(fake.sent).toEqual([{ type: 'catalog', id: 1 }]);
    expect(errors).toHaveLength(1);
    expect(fake.terminated).toBe(true);
  });
});
