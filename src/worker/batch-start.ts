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
