// Worker thread entry (built to dist-cli/check-worker.js): runs the jobs of the task it was started with.
import { parentPort, workerData } from 'node:worker_threads';
import { seedBundledRules } from '../core/index';
import { BUNDLED_RULES, BUNDLED_TABLES } from './bundled-rules';
import { handlerFor, type WorkerTask } from './jobs';
import { seedStartTables } from './start-tables';
import type { AnswerMessage, JobMessage } from './worker-pool';

const port = parentPort;
if (port) {
  seedBundledRules(BUNDLED_RULES);
  seedStartTables(BUNDLED_TABLES);
  const handle = handlerFor(workerData as WorkerTask);
  port.on('message', async ({ id, job }: JobMessage) => {
    let answer: AnswerMessage;
    try {
      answer = { id, ok: true, result: await (await handle)(job) };
    } catch (e) {
      answer = { id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(answer);
  });
}
