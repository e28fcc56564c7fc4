// Timing helpers shared by every bench section: one interleaved pair runner and the goal table.

/** Number of measured pairs per ratio (after the excluded warm-up); `BENCH_PAIRS`, default 30. */
export const PAIRS = envInt('BENCH_PAIRS', 30);
/** Warm-up per ratio in ms (pairs run, then thrown away); `BENCH_WARMUP_MS`, default 1000. */
export const WARMUP_MS = envInt('BENCH_WARMUP_MS', 1000);

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Nearest-rank percentile (p in 0..100) of `xs`; 0 for an empty list. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const median = (xs: readonly number[]): number => percentile(xs, 50);

export interface Dist {
  median: number;
  p95: number;
}

const dist = (xs: readonly number[]): Dist => ({ median: median(xs), p95: percentile(xs, 95) });

export interface PairResult {
  /** wall-clock ms per call of each side, one entry per measured pair */
  aMs: number[];
  bMs: number[];
  /** aMs[k] / bMs[k] */
  ratios: number[];
  a: Dist;
  b: Dist;
  ratio: Dist;
  /** the same from this process's CPU time (process.cpuUsage: user + system, all threads) */
  aCpuMs: number[];
  bCpuMs: number[];
  aCpu: Dist;
  bCpu: Dist;
  cpuRatio: Dist;
  /** calls of each side per timed block (the block time is divided by it) */
  inner: number;
  n: number;
}

export interface PairOptions {
  /** warm-up duration in ms, excluded from the figures (at least `minWarmupPairs` pairs run) */
  warmupMs?: number;
  minWarmupPairs?: number;
  /** calls per timed block; default: enough for the slower side to take ~`targetMs` (default 1 ms) */
  inner?: number;
  targetMs?: number;
}

/** A distinct index per call, shared by both sides of a block: a(i) and b(i) see the same i. */
let callIndex = 0;

type Timing = { wall: number; cpu: number };

function block(fn: (i: number) => void, first: number, inner: number): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let j = 0; j < inner; j++) fn(first + j);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall: wall / inner, cpu: (c.user + c.system) / 1000 / inner };
}

/** Runs one pair: both sides on the same indices, A first on even pairs and B first on odd ones. */
function pair(a: (i: number) => void, b: (i: number) => void, k: number, inner: number): [Timing, Timing] {
  const first = callIndex;
  callIndex += inner;
  if (k % 2 === 0) {
    const ta = block(a, first, inner);
    return [ta, block(b, first, inner)];
  }
  const tb = block(b, first, inner);
  return [block(a, first, inner), tb];
}

/**
 * Times `a` and `b` interleaved, A, B, B, A, A, B … (the order flips every pair so neither side always runs first),
 * for `n` measured pairs after a warm-up that is thrown away, so a burst of load from other processes hits both
 * sides of a pair alike. Each side of a pair is called `inner` times with the same indices i (a(i) and b(i) get the
 * same i, so both can work on the same changed input); blocks are kept short (~1 ms) so that on a shared machine
 * most of them run undisturbed and the medians are not inflated by time slicing. Reports each side's ms per call and
 * the per-pair ratios a/b, in wall-clock time (the figures and goals) and in this process's CPU time (a cross-check
 * that other processes' load does not move).
 */
export function pairs(a: (i: number) => void, b: (i: number) => void, n = PAIRS, opts: PairOptions = {}): PairResult {
  const warmupMs = opts.warmupMs ?? WARMUP_MS;
  const minWarmup = opts.minWarmupPairs ?? 3;
  const warm: number[] = [];
  const warmEnd = performance.now() + warmupMs;
  for (let k = 0; k < minWarmup || performance.now() < warmEnd; k++) {
    const [ta, tb] = pair(a, b, k, 1);
    warm.push(Math.max(ta.cpu, tb.cpu));
  }
  // the slower side's block ~targetMs: both sides' blocks as short as the clock allows, so time slicing by other
  // processes rarely lands inside one (a long block collects more of it than a short one, which skews ratios)
  const slower = median(warm.slice(-Math.max(1, Math.floor(warm.length / 2))));
  const inner = opts.inner ?? Math.min(1000, Math.max(1, Math.round((opts.targetMs ?? 1) / Math.max(1e-3, slower))));
  const ts: [Timing, Timing][] = [];
  for (let k = 0; k < n; k++) ts.push(pair(a, b, k, inner));
  const aMs = ts.map(([x]) => x.wall);
  const bMs = ts.map(([, y]) => y.wall);
  const aCpuMs = ts.map(([x]) => x.cpu);
  const bCpuMs = ts.map(([, y]) => y.cpu);
  const ratios = aMs.map((x, k) => x / bMs[k]!);
  return {
    aMs,
    bMs,
    ratios,
    a: dist(aMs),
    b: dist(bMs),
    ratio: dist(ratios),
    aCpuMs,
    bCpuMs,
    aCpu: dist(aCpuMs),
    bCpu: dist(bCpuMs),
    cpuRatio: dist(aCpuMs.map((x, k) => x / Math.max(1e-6, bCpuMs[k]!))),
    inner,
    n,
  };
}

/** Median and p95 of the per-pair differences a − b (ms per call), wall-clock or CPU. */
export const diffs = (r: PairResult, clock: 'wall' | 'cpu' = 'wall'): Dist =>
  clock === 'wall' ? dist(r.aMs.map((x, k) => x - r.bMs[k]!)) : dist(r.aCpuMs.map((x, k) => x - r.bCpuMs[k]!));

export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(3)) + ' ms';
export const us = (xMs: number): string => (xMs * 1000).toFixed(1) + ' µs';
export const times = (x: number): string => x.toFixed(2) + '×';
export const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL');

/** One line per goal for the summary at the end. */
export interface GoalRow {
  id: string;
  measure: string;
  figure: string;
  goal: string;
  pass: boolean;
}

export const goals: GoalRow[] = [];

/** Records a goal and prints its verdict line. */
export function goal(row: GoalRow): void {
  goals.push(row);
  console.log(`    → ${verdict(row.pass)} ${row.measure}: ${row.figure} (goal ${row.goal})`);
}

/** Prints a pair result: both sides (median / p95 per call) and the per-pair ratio. */
export function printPair(label: string, aName: string, bName: string, r: PairResult, cpu = true): void {
  console.log(`  ${label}  [${r.n} interleaved pairs × ${r.inner} call(s) per side, warm-up excluded]`);
  const side = (name: string, wall: Dist, c: Dist): string =>
    `    ${name}: median ${ms(wall.median)}, p95 ${ms(wall.p95)}` + (cpu ? `   (CPU: median ${ms(c.median)})` : '');
  console.log(side(`A ${aName}`, r.a, r.aCpu));
  console.log(side(`B ${bName}`, r.b, r.bCpu));
  console.log(
    `    ratio A/B per pair: median ${times(r.ratio.median)}, p95 ${times(r.ratio.p95)}` +
      (cpu ? `   (CPU: median ${times(r.cpuRatio.median)}, p95 ${times(r.cpuRatio.p95)})` : ''),
  );
}

/** Left-aligned plain-text table (the bench output is read in a terminal and pasted into PERFORMANCE.md). */
export function table(head: string[], rows: string[][]): void {
  const width = (s: string): number => [...s].reduce((w, c) => w + (/[\u2e80-\u9fff\uff00-\uff60]/.test(c) ? 2 : 1), 0);
  const cols = head.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const line = (cells: string[]): string =>
    '| ' + cells.map((s, c) => s + ' '.repeat(Math.max(0, cols[c]! - width(s)))).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + cols.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
}
