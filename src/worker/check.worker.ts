import { createHandler } from './handler';
import type { WorkerMessage, WorkerRequest } from './protocol';

const handle = createHandler();
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage): void => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => post(handle(event.data));
handle.warm();
post({ type: 'ready' });
