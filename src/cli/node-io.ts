import { once } from 'node:events';
import type { Io } from './io';

/** The process's stdout, stderr, stdin and environment. */
export function nodeIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    env: process.env,
    // NOTE: writes to a pipe are queued in memory, not blocking: without this, a slow reader makes output pile up.
    drain: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
    },
  };
}
