import { CheckClient, type WorkerLike } from './client';
import CheckWorker from './check.worker?worker';

/** A client backed by the real module worker (browser only). */
export function startCheckClient(timeoutMs?: number): CheckClient {
  return new CheckClient({
    createWorker: () => new CheckWorker() as unknown as WorkerLike,
    sendsStart: true,
    ...(timeoutMs ? { timeoutMs } : {}),
  });
}
