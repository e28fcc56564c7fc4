import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTask } from '../../src/ui/editor/start-task';

const scope = globalThis as { scheduler?: unknown };

describe('startTask', () => {
  afterEach(() => {
    delete scope.scheduler;
    vi.useRealTimers();
  });

  it('asks the browser for a user-blocking task where it schedules by priority', async () => {
    const postTask = vi.fn((callback: () => void, _options: { priority: string }) => Promise.resolve().then(callback));
    scope.scheduler = { postTask };
    await startTask();
    expect(postTask).toHaveBeenCalledTimes(1);
    expect(postTask.mock.calls[0]?.[1]).toEqual({ priority: 'user-blocking' });
  });

  it('waits for a timer elsewhere', async () => {
    vi.useFakeTimers();
    let done = false;
    const task = startTask().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.runAllTimersAsync();
    await task;
    expect(done).toBe(true);
  });
});
