/** Runs jobs, in worker threads or in-process; `close` ends the workers. */
export interface Pool<J = unknown, R = unknown> {
  run(job: J): Promise<R>;
  close(): Promise<void>;
}

/** What a worker thread is started with: which task, and its setup (plain, cloneable data). */
export interface TaskStart {
  kind: string;
  setup: unknown;
}

/** Starts `size` worker threads for a task (given by the bin; tests run jobs in-process). */
export type StartWorkers = (task: TaskStart, size: number) => Pool;
