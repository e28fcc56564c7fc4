import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Pool, StartWorkers, TaskStart } from './pool';

/** A job sent to a worker thread, and its answer. */
export type JobMessage = { id: number; job: unknown };
export type AnswerMessage = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * `size` worker threads running `entry` (the built check-worker.js) with `task` as their workerData. Each job goes
 * to an idle worker (else waits in a queue); a worker that dies fails its job and is not used again. `limits` cap
 * each worker's heap: V8 grows an uncapped heap under a high allocation rate although nothing is retained, and a
 * worker over its cap ends with ERR_WORKER_OUT_OF_MEMORY, which fails its job (the command names the input).
 */
export function workerPool(entry: URL, limits?: ResourceLimits): StartWorkers {
  return (task: TaskStart, size: number): Pool => {
    const idle: Worker[] = [];
    const queue: { message: JobMessage; pending: Pending }[] = [];
    const busy = new Map<Worker, { id: number; pending: Pending }>();
    let next = 0;
    let closed = false;

    const dispatch = () => {
      while (idle.length > 0 && queue.length > 0) {
        const worker = idle.pop() as Worker;
        const { message, pending } = queue.shift() as (typeof queue)[number];
        busy.set(worker, { id: message.id, pending });
        worker.postMessage(message);
      }
    };
    const dead = new Set<Worker>();
    let lastError = new Error('no worker thread');
    const failQueue = () => {
      for (const q of queue.splice(0)) q.pending.reject(new Error(`every worker thread failed: ${lastError.message}`));
    };
    // NOTE: a worker may die before its first job (over its heap cap while loading the rules): it leaves `idle`,
    // and once none is left every waiting and later job fails instead of waiting forever.
    const fail = (worker: Worker, error: Error) => {
      if (dead.has(worker)) return;
      dead.add(worker);
      lastError = error;
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      busy.get(worker)?.pending.reject(error);
      busy.delete(worker);
      if (!closed && dead.size === size) failQueue();
    };
    const workers = Array.from({ length: size }, () => {
      const worker = new Worker(entry, {
        workerData: task,
        ...(limits === undefined ? {} : { resourceLimits: limits }),
      });
      worker.on('message', (answer: AnswerMessage) => {
        const job = busy.get(worker);
        if (!job || job.id !== answer.id) return;
        busy.delete(worker);
        if (answer.ok) job.pending.resolve(answer.result);
        else job.pending.reject(new Error(answer.error));
        idle.push(worker);
        dispatch();
      });
      worker.on('error', (e) => fail(worker, e));
      worker.on('exit', (code) => {
        if (!closed) fail(worker, new Error(`a worker thread exited with code ${code}`));
      });
      idle.push(worker);
      return worker;
    });

    return {
      run: (job) =>
        new Promise((resolve, reject) => {
          if (closed) return reject(new Error('the worker pool is closed'));
          queue.push({ message: { id: next++, job }, pending: { resolve, reject } });
          if (dead.size === size) failQueue();
          dispatch();
        }),
      close: async () => {
        closed = true;
        await Promise.all(workers.map((w) => w.terminate()));
      },
    };
  };
}
