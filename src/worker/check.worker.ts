import { seedBundledRules } from '../core/index';
import { createHandler } from './handler';
import type { WorkerMessage, WorkerRequest, WorkerStart } from './protocol';

const handle = createHandler();
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage): void => scope.postMessage(message);

/**
 * Seeds the rules as the build loaded them, regex facts included (deriving the facts here took ≈ 2 s of CPU at every
 * page load), then loads them and runs one small check. NOTE: the rules are a chunk of their own (≈ 5 MB), loaded
 * only now: the page sends `start` once its editor is shown, and the editor's start needs both cores.
 */
async function warm(): Promise<void> {
  // NOTE: should the chunk fail to load, the worker loads the rules itself (as in dev), only slower.
  seedBundledRules(
    await import('./bundled-rules').then(
      (m) => m.BUNDLED_RULES,
      () => undefined,
    ),
  );
  handle.warm();
  post({ type: 'ready' });
}

scope.onmessage = (event: MessageEvent<WorkerRequest | WorkerStart>) => {
  const message = event.data;
  if (message.type === 'start') void warm();
  else void handle(message).then(post);
};
post({ type: 'loaded' });
