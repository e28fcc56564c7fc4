import { describe, expect, it } from 'vitest';
import { ordered } from '../../src/cli/ordered';

/** Inputs 0…n-1 read lazily; `read` records how far the generator was pulled. */
function source(n: number, log: string[]) {
  return (async function* () {
    for (let i = 0; i < n; i++) {
      log.push(`read ${i}`);
      yield i;
    }
  })();
}

/** A job that finishes when the test says so. */
function controlled() {
  const done = new Map<number, (v: string) => void>();
  const started: number[] = [];
  const work = (i: number) =>
    new Promise<string>((resolve) => {
      started.push(i);
      done.set(i, resolve);
    });
  return { work, started, finish: (i: number) => done.get(i)!(`r${i}`) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('ordered', () => {
  it('yields results in input order although later jobs finish first', async () => {
    const log: string[] = [];
    const jobs = controlled();
    const results: string[] = [];
    const loop = (async () => {
      for await (const r of ordered(source(4, log), jobs.work, 3)) results.push(r);
    })();
    await tick();
    expect(jobs.started).toEqual([0, 1, 2]);
    jobs.finish(2);
    jobs.finish(1);
    await tick();
    expect(results).toEqual([]);
    jobs.finish(0);
    await tick();
    expect(results).toEqual(['r0', 'r1', 'r2']);
    expect(jobs.started).toEqual([0, 1, 2, 3]);
    jobs.finish(3);
    await loop;
    expect(results).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('reads the next input only when fewer than `window` jobs are in flight', async () => {
    const log: string[] = [];
    const jobs = controlled();
    const loop = (async () => {
      for await (const _ of ordered(source(5, log), jobs.work, 2));
    })();
    await tick();
    expect(log).toEqual(['read 0', 'read 1']);
    jobs.finish(1);
    await tick();
    expect(log).toEqual(['read 0', 'read 1']);
    jobs.finish(0);
    await tick();
    expect(log).toEqual(['read 0', 'read 1', 'read 2', 'read 3']);
    for (const i of [2, 3, 4]) (jobs.finish(i), await tick());
    await loop;
  });

  it('throws the first failure in input order, not a later one as unhandled', async () => {
    const work = (i: number) =>
      i === 0 ? new Promise<number>((r) => setTimeout(() => r(0), 5)) : Promise.reject(new Error(`job ${i}`));
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const r of ordered(source(3, []), work, 3)) seen.push(r);
      })(),
    ).rejects.toThrow('job 1');
    expect(seen).toEqual([0]);
  });
});
