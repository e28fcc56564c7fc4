import { CheckClient, type ClientOptions, type WorkerLike } from '../../src/worker/client';
import type { WorkerMessage, WorkerRequest, WorkerStart } from '../../src/worker/protocol';

/**
 * A worker that records what it is sent and posts what a test tells it to. `M`: what the test expects to be sent —
 * requests only (the default), or `start` messages too for a client that sends them.
 */
export class FakeWorker<M extends WorkerRequest | WorkerStart = WorkerRequest> implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: M[] = [];
  terminated = false;
  postMessage(message: WorkerRequest | WorkerStart): void {
    this.received.push(message as M);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(message: WorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  }
}

/** A check client whose workers are made by `make`, each kept in `workers` (in order) as the client creates it. */
export function clientOnFakes<W extends WorkerLike>(
  make: () => W,
  options: Omit<ClientOptions, 'createWorker'> = {},
): { client: CheckClient; workers: W[] } {
  const workers: W[] = [];
  const client = new CheckClient({
    ...options,
    createWorker: () => {
      const w = make();
      workers.push(w);
      return w;
    },
  });
  return { client, workers };
}
