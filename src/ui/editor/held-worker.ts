import type { WorkerLike } from '../../worker/client';

/**
 * A worker that starts at once but whose messages reach the page only once `until` resolves; messages sent to it go
 * through at once. The check client sends nothing before the worker's `ready`, so holding its messages holds every
 * request too: the worker loads and starts in parallel with the editor, and its work waits for `until`.
 */
export function heldWorker(create: () => WorkerLike, until: Promise<unknown>): WorkerLike {
  const worker = create();
  let held: MessageEvent[] | undefined = [];
  const proxy: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
  worker.onmessage = (event) => (held ? held.push(event) : proxy.onmessage?.(event));
  worker.onerror = (event) => proxy.onerror?.(event);
  void until.then(() => {
    const waiting = held ?? [];
    held = undefined;
    for (const event of waiting) proxy.onmessage?.(event);
  });
  return proxy;
}
