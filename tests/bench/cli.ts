// (g) CLI cold start: `node dist-cli/main.js check <file>` interleaved with `node -e 0`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffs, goal, median, ms, pairs, PAIRS, percentile, printPair, times } from './stats';

const FILE = join('samples', 'templates', 'due-today-reminder.liquid');
const CLI = join('dist-cli', 'main.js');
/** Linux USER_HZ (getconf CLK_TCK), the unit of /proc/self/stat's times. */
const TICK_MS = 10;

/** CPU time (user + system) of this process's waited-for children so far, from /proc (10 ms steps); NaN elsewhere. */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 16 and 17 of proc(5) (cutime, cstime); fields[0] is field 3
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
  } catch {
    return NaN;
  }
}

/** Spawns `node …args` and waits; appends the child's CPU ms to `cpu`. */
function run(args: string[], cpu: number[]): void {
  const before = childrenCpuMs();
  spawnSync(process.execPath, args, { stdio: 'ignore' });
  cpu.push(childrenCpuMs() - before);
}

/** Pairs of two commands, wall time from `pairs`, and each child's CPU time (warm-up pairs dropped). */
function commandPairs(a: string[], b: string[], n: number, warmup: number) {
  const aCpu: number[] = [];
  const bCpu: number[] = [];
  const r = pairs(
    () => run(a, aCpu),
    () => run(b, bCpu),
    n,
    { inner: 1, warmupMs: 0, minWarmupPairs: warmup },
  );
  return { r, aCpu: aCpu.slice(warmup), bCpu: bCpu.slice(warmup) };
}

const cpuLine = (name: string, xs: number[]): string =>
  `${name} median ${ms(median(xs))}, p95 ${ms(percentile(xs, 95))}`;

export function benchCli(): void {
  const first = spawnSync(process.execPath, [CLI, 'check', FILE], { encoding: 'utf8' });
  console.log(`  (g) node ${CLI} check ${FILE} → exit ${first.status}, ${first.stdout.length} chars of output`);
  if (first.status !== 0 && first.status !== 1) {
    console.log(`    the CLI did not run (stderr: ${first.stderr.slice(0, 300)})`);
  }
  const main = commandPairs([CLI, 'check', FILE], ['-e', '0'], Math.max(10, PAIRS), 2);
  printPair('', 'CLI check one file', 'node -e 0', main.r, false);
  const d = diffs(main.r);
  console.log(`    difference per pair (our start-up + check): median ${ms(d.median)}, p95 ${ms(d.p95)}`);
  console.log(
    `    CPU time of the child (user + system, all threads; /proc, 10 ms steps): ` +
      `${cpuLine('check', main.aCpu)}; ${cpuLine('node -e 0', main.bCpu)}`,
  );
  const split = commandPairs([CLI, 'check', FILE], [CLI, '--version'], Math.max(10, Math.ceil(PAIRS / 2)), 1);
  printPair(
    'split: the same check against `--version` (node + loading our modules)',
    'CLI check one file',
    'CLI --version',
    split.r,
    false,
  );
  const work = diffs(split.r);
  console.log(
    `    loading node + our modules: median ${ms(split.r.b.median)} (CPU ${ms(median(split.bCpu))}); the check itself ` +
      `(rules compiled, one file checked, printed): median ${ms(work.median)} more, p95 ${ms(work.p95)} ` +
      `(CPU ${ms(median(split.aCpu) - median(split.bCpu))} more)`,
  );
  const cpu = median(main.aCpu);
  goal({
    id: 'g',
    measure: 'CLI `check` one file',
    figure:
      `${ms(main.r.a.median)} (p95 ${ms(main.r.a.p95)}; CPU ${ms(cpu)}; node -e 0 ${ms(main.r.b.median)}, ` +
      `+${ms(d.median)}, ${times(main.r.ratio.median)})`,
    goal: '≤ 350 ms',
    pass: main.r.a.median <= 350 && !(cpu > 350),
  });
}
