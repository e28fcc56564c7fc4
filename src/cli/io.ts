import type { Problem } from '../core/result';

/** What a command may touch besides the file system. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
  env: Record<string, string | undefined>;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A failure that ends a command with exit code 2 (bad usage or unreadable / invalid input). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

/** `code: message` lines (the message already names the file and JSON path where known). */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => `${p.code}: ${p.message}${p.line === undefined ? '' : ` (${p.line}:${p.column ?? 1})`}\n`)
    .join('');
}

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
  };
}
