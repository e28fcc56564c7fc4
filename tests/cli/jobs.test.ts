import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlerFor, jobCount, type WorkerTask } from '../../src/cli/jobs';
import type { Pool, StartWorkers } from '../../src/cli/pool';
import { progressLine } from '../../src/cli/progress';
import { run } from '../../src/cli/run';
import { cli, ROOT, TEMPLATES } from './run-cli';

const count = readdirSync(join(ROOT, TEMPLATES)).filter((n) => n.endsWith('.liquid')).length;

/** Worker threads stand-in: the real job handler, answering each job later than the one after it. */
function reversedWorkers(started: number[]): StartWorkers {
  return (task, size) => {
    started.push(size);
    const handle = handlerFor(task as WorkerTask);
    let n = 0;
    const pool: Pool = {
      run: async (job) => {
        const delay = 40 - 3 * (n++ % 10);
        const result = await (await handle)(job);
        return new Promise((resolve) => setTimeout(() => resolve(result), delay));
      },
      close: async () => undefined,
    };
    return pool;
  };
}

async function withIo(args: string[], extra: { workers?: StartWorkers; parallelism?: number; errIsTTY?: boolean }) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    readStdin: async () => '',
    env: { LANG: 'C' },
    ...extra,
  });
  return { code, stdout, stderr };
}

describe('check --jobs', () => {
  it.each(['text', 'json', 'jsonl', 'sarif'])(
    'prints %s in input order when later templates finish first',
    async (format) => {
      const one = await cli(['check', TEMPLATES, '--format', format, '--jobs', '1']);
      const started: number[] = [];
      const many = await withIo(['check', TEMPLATES, '--format', format, '--jobs', '3'], {
        workers: reversedWorkers(started),
      });
      expect(started).toEqual([3]);
      expect([many.code, many.stdout]).toEqual([one.code, one.stdout]);
    },
  );

  it('starts as many workers as the machine has CPUs by default, never more than templates', async () => {
    const started: number[] = [];
    await withIo(['check', TEMPLATES], { workers: reversedWorkers(started), parallelism: 64 });
    await withIo(['check', `${TEMPLATES}/d-plus-1-reminder.liquid`], {
      workers: reversedWorkers(started),
      parallelism: 64,
    });
    expect(started).toEqual([count]);
  });

  it.each(['0', '-1', '1.5', 'two'])('exits 2 for --jobs %s', async (jobs) => {
    const r = await cli(['check', TEMPLATES, '--jobs', jobs]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain('--jobs');
  });

  it.each([
    { flag: undefined, parallelism: 8, items: 3, jobs: 3 },
    { flag: undefined, parallelism: 2, items: 100, jobs: 2 },
    { flag: undefined, parallelism: undefined, items: 100, jobs: 1 },
    { flag: '4', parallelism: 2, items: 100, jobs: 4 },
    { flag: '4', parallelism: 2, items: 0, jobs: 1 },
    { flag: '0', parallelism: 2, items: 10, jobs: undefined },
  ])('runs $jobs job(s) for --jobs $flag, $parallelism CPUs, $items items', ({ flag, parallelism, items, jobs }) => {
    expect(jobCount(flag, parallelism, items)).toBe(jobs);
  });
});

describe('progress', () => {
  it('shows count, rate and ETA on stderr only when it is a terminal, and leaves stdout alone', async () => {
    const quiet = await withIo(['check', TEMPLATES, '--jobs', '1'], { errIsTTY: false });
    const tty = await withIo(['check', TEMPLATES, '--jobs', '1'], { errIsTTY: true });
    expect(quiet.stderr).toBe('');
    expect(tty.stdout).toBe(quiet.stdout);
    expect(tty.stderr).toMatch(new RegExp(`check ${count}/${count} · \\d+\\.\\d/s · ETA 0 s`));
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it.each([
    { done: 10, total: 100, ms: 1000, line: 'check 10/100 · 10.0/s · ETA 9 s' },
    { done: 1, total: 1000, ms: 2000, line: 'check 1/1000 · 0.5/s · ETA 33 min 18 s' },
    { done: 0, total: 5, ms: 0, line: 'check 0/5 · 0.0/s · ETA ?' },
  ])('says "$line"', ({ done, total, ms, line }) => {
    expect(progressLine('check', done, total, ms)).toBe(line);
  });
});
