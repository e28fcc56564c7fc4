import { createHandler } from './handler';
import type { WorkerMessage, WorkerRequest } from './protocol';

const handle = createHandler();
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage): void => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => void handle(event.data).then(post);
handle.warm();
post({ type: 'ready' });
