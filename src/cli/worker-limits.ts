import type { ResourceLimits } from 'node:worker_threads';
import { UsageError } from './io';

/**
 * Each worker thread's heap cap in MB (old generation). Loading the bundled rules needs more than 32 and a
 * 10,000-file check completes under 64; 96 leaves a margin for an organisation's own rules and pack.
 * `DUNNING_WORKER_HEAP_MB` raises (or, in tests, lowers) it.
 */
export const DEFAULT_WORKER_HEAP_MB = 96;

// NOTE: a 4 MB young generation (default 16+) scavenges more often for the same CPU and cut the peak RSS of a
// 2-worker check of 3,000 files from 254 to 223 MiB; it never fails a job (large objects bypass it).
export function workerLimits(env: Record<string, string | undefined>): ResourceLimits {
  const wanted = env.DUNNING_WORKER_HEAP_MB;
  const heap = wanted !== undefined && /^[1-9]\d*$/.test(wanted) ? Number(wanted) : DEFAULT_WORKER_HEAP_MB;
  return { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 4 };
}

/** A job whose worker thread failed (e.g. over its heap cap): exit 2, naming the input (a file, or a CSV row). */
export function jobFailed(input: string, error: unknown): UsageError {
  const why = error instanceof Error ? error.message : String(error);
  const memory = /memory limit|out of memory/i.test(why);
  return new UsageError({
    en: `${input}: the worker thread working on it failed: ${why}${memory ? ' (raise DUNNING_WORKER_HEAP_MB, in MB)' : ''}`,
    zh: `${input}：处理它的工作线程失败：${why}${memory ? '（可用 DUNNING_WORKER_HEAP_MB 提高内存上限，单位 MB）' : ''}`,
  });
}
