import { seedBundledRules } from '../core/index';
import { BUNDLED_RULES } from './bundled-rules';
import { createHandler } from './handler';
import type { WorkerMessage, WorkerRequest, WorkerStart } from './protocol';

// NOTE: the rules as the build loaded them, regex facts included: deriving the facts here took ≈ 2 s of CPU at every
// page load.
seedBundledRules(BUNDLED_RULES);

const handle = createHandler();
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage): void => scope.postMessage(message);

// NOTE: the warm-up waits for the page's `start` (sent once its editor is shown): the editor's start needs both cores.
scope.onmessage = (event: MessageEvent<WorkerRequest | WorkerStart>) => {
  const message = event.data;
  if (message.type !== 'start') return void handle(message).then(post);
  handle.warm();
  post({ type: 'ready' });
};
