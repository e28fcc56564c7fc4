// `npm run bench`: speed figures measured against baselines in the same run, interleaved (see stats.ts `pairs`).
// Not part of `npm test`: the bench reports, tests assert; it always exits 0. A goal PASSes only when the median
// meets it in wall-clock time and in CPU time alike (where both are measured), so neither clock can flatter us.
// Env: BENCH_PAIRS (measured pairs per ratio, default 30), BENCH_WARMUP_MS (default 1000), BENCH_HOSTILE_RUNS
// (default 5), BENCH_ONLY (letters of the sections to run, e.g. `a,c`; default all).
import { cpus, loadavg } from 'node:os';
import {
  benchBreakdown,
  benchCachedSource,
  benchChangedSource,
  benchControl,
  benchScale,
  describeInputs,
  warmUp,
} from './check';
import { benchCli } from './cli';
import { benchHostile } from './hostile';
import { benchMatcher } from './matcher';
import { goals, PAIRS, table, verdict, WARMUP_MS } from './stats';

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

/** `BENCH_ONLY=a,c,g`: run only the sections holding those letters (default: all). */
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);

function section(letters: string, title: string, body: () => void): void {
  if (only.length > 0 && ![...letters].some((l) => only.includes(l))) return;
  console.log(`\n## ${title}`);
  const t0 = performance.now();
  try {
    body();
  } catch (e) {
    console.log(`  section failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s, load average ${load()})`);
}

const started = performance.now();
console.log(
  `Dunning Studio bench — ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores, ` +
    `load average (1/5/15 min) ${load()}; ${PAIRS} pairs per ratio, warm-up ${WARMUP_MS} ms excluded`,
);
section('ab', '(a, b) check vs bare liquidjs (largest example template, default samples and rules)', () => {
  describeInputs();
  const t0 = performance.now();
  const n = warmUp(2000);
  console.log(
    `  process warm-up: ${n} checks and bare renders in ${((performance.now() - t0) / 1000).toFixed(1)} s, excluded`,
  );
  benchControl();
  benchChangedSource();
  benchCachedSource();
});
section('c', '(c) matcher', benchMatcher);
section('d', '(d) scale', benchScale);
section('e', '(e) where a check goes', benchBreakdown);
section('f', '(f) hostile inputs', benchHostile);
section('g', '(g) CLI cold start', benchCli);
await (await import('./at-scale')).benchAtScale();

console.log(`\n## Summary (${((performance.now() - started) / 1000).toFixed(0)} s in all, load average ${load()})`);
table(
  ['', 'measure', 'figure (median)', 'goal', 'verdict'],
  goals.map((g) => [g.id, g.measure, g.figure, g.goal, verdict(g.pass)]),
);
const failed = goals.filter((g) => !g.pass).length;
console.log(`${goals.length - failed} PASS, ${failed} FAIL`);
process.exitCode = 0;
