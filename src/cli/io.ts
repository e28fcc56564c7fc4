import { formatProblemAt, type Problem } from '../core/index';
import type { Lang, Words } from './lang';
import type { StartWorkers } from './pool';

/** What a command may touch besides the file system (paths are read relative to the working directory). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** stdin as UTF-8 text; undefined when it holds more than `maxBytes` (reading stops there, the rest unread) */
  readStdin(maxBytes: number): Promise<string | undefined>;
  env: Record<string, string | undefined>;
  /** resolves once `out` has room again (a pipe that is read slowly); streaming commands await it between items */
  drain?(): Promise<void>;
  /** starts worker threads (the bin); absent, `--jobs` work runs in-process, one job at a time */
  workers?: StartWorkers;
  /** how many jobs run at once by default (the bin: os.availableParallelism()); absent: 1 */
  parallelism?: number;
  /** whether stderr is a terminal: progress is shown there only then */
  errIsTTY?: boolean;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A failure that ends a command with exit code 2 (bad usage or unreadable / invalid input), in both languages. */
export class UsageError extends Error {
  readonly words: Words;
  constructor(
    words: Words | string,
    readonly problems: Problem[] = [],
  ) {
    super(typeof words === 'string' ? words : words.en);
    this.words = typeof words === 'string' ? { en: words, zh: words } : words;
  }
}

/** Whether a problem's message already names its file, line:column and JSON path (core's messages usually do). */
function named(p: Problem): boolean {
  const at = p.line === undefined ? '' : `${p.line}:${p.column ?? 1}`;
  const parts = [p.file ?? '', at, p.path && p.path.length > 0 ? p.path.join('.') : ''];
  return parts.every((part) => part === '' || p.message.includes(part));
}

/** Where a problem applies, as far as it is known: `file:line:column → json.path`. */
function place(p: Problem): string {
  const at = p.line === undefined ? '' : `${p.line}:${p.column ?? 1}`;
  const file = [p.file ?? '', at].filter((s) => s !== '').join(':');
  return [file, p.path && p.path.length > 0 ? p.path.join('.') : ''].filter((s) => s !== '').join(' → ');
}

/**
 * `code: message` lines, with the place (file, JSON path or line:column) added when the message does not name it;
 * in Chinese worded from the problem's code and data (`formatProblemAt`).
 */
export function formatProblems(problems: readonly Problem[], lang: Lang = 'en'): string {
  if (lang === 'zh') return problems.map((p) => `${p.code}: ${formatProblemAt(p, lang)}\n`).join('');
  return problems.map((p) => `${p.code}: ${p.message}${named(p) ? '' : ` (${place(p)})`}\n`).join('');
}
