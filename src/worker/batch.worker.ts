import { seedBundledRules } from '../core/index';
import { createBatchHandler } from './batch-handler';
import type { BatchRequest, BatchResponse } from './batch-protocol';
import { BUNDLED_RULES } from './bundled-rules';

seedBundledRules(BUNDLED_RULES);

const handle = createBatchHandler();
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: BatchResponse): void => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<BatchRequest>) => handle(event.data, post);
