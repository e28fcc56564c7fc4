import { createBatchHandler } from './batch-handler';
import type { BatchRequest, BatchResponse } from './batch-protocol';

const handle = createBatchHandler();
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: BatchResponse): void => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<BatchRequest>) => handle(event.data, post);
