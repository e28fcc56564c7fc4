import type { CheckSetup, FileResult } from './check-one';
import type { TemplateInput } from './check-inputs';
import type { Pool, StartWorkers } from './pool';
import type { CsvRecord, RowPlan, VerifyOptions } from '../runtime/index';

/** What a dry-run worker needs: the bundle's text (each worker verifies it itself), `--at` and the header record. */
export interface DryRunSetup {
  bundle: string;
  verify: VerifyOptions;
  at: string;
  header: CsvRecord;
}

/** What each kind of job is set up with (once per worker), takes and gives back; all plain, cloneable data. */
export interface Tasks {
  check: { setup: CheckSetup; job: TemplateInput; result: FileResult };
  'dry-run': { setup: DryRunSetup; job: { record: CsvRecord; row: number }; result: RowPlan };
}
export type TaskKind = keyof Tasks;
export type WorkerTask = { [K in TaskKind]: { kind: K; setup: Tasks[K]['setup'] } }[TaskKind];
export type TaskPool<K extends TaskKind> = Pool<Tasks[K]['job'], Tasks[K]['result']>;

/** The work of one task: what a worker thread runs for each job, and what runs in-process with one job. */
export async function handlerFor(task: WorkerTask): Promise<(job: unknown) => Promise<unknown>> {
  switch (task.kind) {
    case 'check': {
      const [{ checker, checkOne }, { defaultRuleset, loadRegexChecker }] = await Promise.all([
        import('./check-one'),
        import('../core/index'),
      ]);
      // NOTE: rules a person wrote (--rules, --pack) are compiled again here, and may need the full regex checker.
      if (task.setup.ruleset) await loadRegexChecker();
      const check = checker(task.setup, defaultRuleset);
      return async (job) => checkOne(job as TemplateInput, check);
    }
    case 'dry-run': {
      const { verifyBundle, rowContext, planRow } = await import('../runtime/index');
      const { loadRegexChecker } = await import('../core/index');
      const { bundle, verify, at, header } = task.setup;
      const verified = await verifyBundle(bundle, verify);
      if (!verified.ok)
        throw new Error(`the bundle does not verify: ${verified.problems.map((p) => p.code).join(', ')}`);
      if (verified.value.pack) await loadRegexChecker();
      const ctx = rowContext(verified.value, header, { at });
      if (!ctx.ok) throw new Error(`the header is refused: ${ctx.problems.map((p) => p.message).join('; ')}`);
      const job = ({ record, row }: Tasks['dry-run']['job']) => planRow(ctx.value, record, row);
      return async (j) => job(j as Tasks['dry-run']['job']);
    }
  }
}

/**
 * A pool for `task`: `size` worker threads when the bin can start them, else the jobs run in-process one after the
 * other. `small`: a run too short for the heap to grow (one job runs in-process, saving a worker's start).
 */
export async function startPool<K extends TaskKind>(
  task: Extract<WorkerTask, { kind: K }>,
  size: number,
  workers: StartWorkers | undefined,
  small = false,
): Promise<TaskPool<K>> {
  // NOTE: even one job runs in a worker: the worker's heap can be capped, the main thread's cannot (Node 20
  // ignores --max-old-space-size set by v8.setFlagsFromString once the heap exists).
  if (workers !== undefined && (size > 1 || !small)) return workers(task, size) as TaskPool<K>;
  const handle = await handlerFor(task);
  return { run: (job) => handle(job) as Promise<Tasks[K]['result']>, close: async () => undefined };
}

/**
 * `--jobs`: a positive integer, else the default (`parallelism`, 1 when unknown); never more than `items`
 * (at least 1). `undefined` for a value that is not a positive integer.
 */
export function jobCount(flag: string | undefined, parallelism: number | undefined, items: number): number | undefined {
  const wanted = flag === undefined ? (parallelism ?? 1) : /^[1-9]\d*$/.test(flag) ? Number(flag) : undefined;
  return wanted === undefined ? undefined : Math.max(1, Math.min(wanted, items));
}
