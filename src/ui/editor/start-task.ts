/** What is read of the Prioritized Task Scheduling API (Chromium; not in TypeScript's DOM types yet). */
interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<unknown>;
}

/**
 * Resolves in a new task for the next step of the editor's start. NOTE: where the browser schedules by priority the
 * task is `user-blocking`, so it runs before the page's other queued tasks (the check worker's answers, storage
 * callbacks, the app's timers), which otherwise came between Monaco's layers and the editor's creation steps; input
 * and rendering still come between two steps. Elsewhere a plain timer, as before.
 */
export function startTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => undefined, { priority: 'user-blocking' }).then(() => undefined);
  }
  return new Promise((resolve) => setTimeout(resolve));
}
