import { BatchClient, poolSize } from './batch-client';
import BatchWorker from './batch.worker?worker';
import type { BatchWorkerLike } from './batch-client';

/** A batch client backed by real module workers (browser only): see `poolSize`. */
export function startBatchClient(): BatchClient {
  return new BatchClient({
    createWorker: () => new BatchWorker() as unknown as BatchWorkerLike,
    size: poolSize(globalThis.navigator?.hardwareConcurrency),
  });
}

/** A client with one batch worker for the send dry-run (rows are decided in order, as the cap needs). */
export function startDryRunClient(): BatchClient {
  return new BatchClient({ createWorker: () => new BatchWorker() as unknown as BatchWorkerLike, size: 1 });
}
