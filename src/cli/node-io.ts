import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Io } from './io';
import { workerLimits } from './worker-limits';
import { workerPool } from './worker-pool';

/** The process: stdout (with drain), stderr (TTY or not), stdin, environment, CPU count and worker threads. */
export function nodeIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readStdin: async (maxBytes) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        // NOTE: leaving the loop destroys stdin: a writer of more gets EPIPE instead of filling our memory.
        if (size > maxBytes) return undefined;
      }
      return Buffer.concat(chunks).toString('utf8');
    },
    env: process.env,
    workers: workerPool(new URL('./check-worker.js', import.meta.url), workerLimits(process.env)),
    parallelism: availableParallelism(),
    errIsTTY: process.stderr.isTTY === true,
    // NOTE: writes to a pipe are queued in memory, not blocking: without this, a slow reader makes output pile up.
    drain: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
    },
  };
}
