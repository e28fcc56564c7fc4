// (h) CLI `check` on many generated template files and (i) the send dry-run on many generated CSV rows, each at
// --jobs 1 and 2: throughput and the child's peak RSS (`/usr/bin/time`). Generated data goes to a folder under the
// system temp dir, never into the repo, and is removed afterwards.
// Sizes: BENCH_FILES / BENCH_ROWS; by default the issue's 10,000 files and 1,000,000 rows when BENCH_ONLY selects
// the part (h / i), else 1,000 files and 20,000 rows so a full `npm run bench` stays short. BENCH_JOBS: which
// --jobs to run (default 1,2).
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSamples, defaultTemplates } from '../../src/core/index';
import { COLUMNS, csvRow, lawfulTemplates, signedBundle, withValues } from '../cli/dry-run-fixture';
import { goal } from './stats';

const CLI = join('dist-cli', 'main.js');
const TIME = '/usr/bin/time';
const AT = '2026-12-02T10:00+08:00';
/** overdue days the rows cycle through: pre-due, the stages' days and days between them */
const DAYS = [-1, 0, 1, 2, 7, 10, 30, 45, 60, 3];
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const selected = (letter: string): boolean => only.length === 0 || only.includes(letter);

function size(name: string, issue: number, quick: number, letter: string): number {
  const n = Number(process.env[name]);
  if (Number.isInteger(n) && n > 0) return n;
  return only.includes(letter) ? issue : quick;
}

interface Run {
  wallS: number;
  cpuS: number;
  peakMiB: number;
  code: number | null;
  stderr: string;
}

/** `BENCH_JOBS`: the job counts to run, comma-separated (default 1,2; a long run can do one count per process). */
const JOB_COUNTS = (process.env.BENCH_JOBS ?? '1,2')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

/** `BENCH_NODE_FLAGS`: node flags for the CLI's main thread (e.g. those of `npm run check`); default none (the bin as is). */
const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter((f) => f !== '');

/** `node dist-cli/main.js …args` with stdout to /dev/null, timed by /usr/bin/time (wall, user+sys, max RSS). */
function timed(args: string[], dir: string): Run {
  const report = join(dir, 'time.txt');
  const hasTime = existsSync(TIME);
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync(TIME, ['-f', '%e %U %S %M', '-o', report, process.execPath, ...NODE_FLAGS, CLI, ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      })
    : spawnSync(process.execPath, [...NODE_FLAGS, CLI, ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
  const wallS = (performance.now() - t0) / 1000;
  if (!hasTime) return { wallS, cpuS: NaN, peakMiB: NaN, code: r.status, stderr: r.stderr };
  const [e, u, s, m] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wallS: e!, cpuS: u! + s!, peakMiB: m! / 1024, code: r.status, stderr: r.stderr };
}

const load = (): string => loadavg()[0]!.toFixed(2);
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** `n` template files: the example templates in turn, each made distinct by a trailing Liquid comment. */
function writeTemplates(dir: string, n: number): void {
  const templates = defaultTemplates();
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length]!;
    writeFileSync(join(dir, `t${String(i).padStart(6, '0')}.liquid`), `${t.source}{% comment %}${i}{% endcomment %}`);
  }
}

/** A CSV of `n` rows (header of every sample column): default samples in turn, a distinct phone per row. */
function writeCsv(file: string, n: number): number {
  const samples = defaultSamples();
  const base = DAYS.map((days) =>
    samples.map((s) => csvRow(withValues(s.data, { 'loan.overdue_days': days, 'borrower.phone': '13900000000' }))),
  );
  const fd = openSync(file, 'w');
  let bytes = 0;
  let chunk = `${COLUMNS.join(',')}\r\n`;
  for (let i = 0; i < n; i++) {
    const row = base[i % DAYS.length]![i % samples.length]!;
    // NOTE: one phone per row, so the daily cap decides nothing here; the generated phone is a valid mobile.
    chunk += `${row.replace('13900000000', `139${String(i % 1e8).padStart(8, '0')}`)}\r\n`;
    if (chunk.length > 1 << 20) {
      bytes += writeSync(fd, chunk);
      chunk = '';
    }
  }
  bytes += writeSync(fd, chunk);
  closeSync(fd);
  return bytes;
}

function line(label: string, r: Run, items: number, unit: string): void {
  const rate = items / r.wallS;
  console.log(
    `  ${label}: exit ${r.code}, ${r.wallS.toFixed(1)} s wall, ${r.cpuS.toFixed(1)} s CPU (all threads), ` +
      `${fmt(rate)} ${unit}/s, peak RSS ${r.peakMiB.toFixed(0)} MiB (load ${load()})`,
  );
  if (r.code !== 0 && r.code !== 1) console.log(`    stderr: ${r.stderr.slice(0, 400)}`);
}

/** `--jobs 2 / --jobs 1` when both ran. */
function speedUp(runs: (Run & { jobs: number })[], unit: string): void {
  const one = runs.find((r) => r.jobs === 1);
  const two = runs.find((r) => r.jobs === 2);
  if (one && two) console.log(`    --jobs 2 / --jobs 1: ${(one.wallS / two.wallS).toFixed(2)}× the ${unit} per second`);
}

function benchCheck(dir: string): void {
  const n = size('BENCH_FILES', 10_000, 1_000, 'h');
  const folder = join(dir, 'templates');
  mkdirSync(folder);
  const t0 = performance.now();
  writeTemplates(folder, n);
  console.log(
    `  (h) ${fmt(n)} generated template files in ${folder} (${((performance.now() - t0) / 1000).toFixed(1)} s to write)`,
  );
  const runs = JOB_COUNTS.map((jobs) => {
    const r = timed(['check', '--format', 'jsonl', '--jobs', String(jobs), folder], dir);
    line(`check --format jsonl --jobs ${jobs}`, r, n, 'files');
    return { jobs, ...r };
  });
  speedUp(runs, 'files');
  const peak = Math.max(...runs.map((r) => r.peakMiB));
  goal({
    id: 'h',
    measure: `CLI check ${fmt(n)} files, peak RSS`,
    figure: `${peak.toFixed(0)} MiB; ${runs.map((r) => `${fmt(n / r.wallS)} files/s at ${r.jobs} job(s)`).join(', ')}`,
    goal: '≤ 250 MB (issue: for 100,000 files)',
    pass: peak * 1.048576 <= 250 && runs.every((r) => r.code !== null),
  });
}

async function benchDryRun(dir: string): Promise<void> {
  const n = size('BENCH_ROWS', 1_000_000, 20_000, 'i');
  const file = await signedBundle(lawfulTemplates(), { notAfter: '2027-01-30T00:00:00.000Z' });
  const bundle = join(dir, 'bench.dunning.json');
  const key = join(dir, 'bench.jwk');
  writeFileSync(bundle, file.text);
  writeFileSync(key, JSON.stringify(file.publicJwk));
  const csv = join(dir, 'borrowers.csv');
  const t0 = performance.now();
  const bytes = writeCsv(csv, n);
  console.log(
    `  (i) ${fmt(n)} generated rows, ${(bytes / 2 ** 20).toFixed(0)} MiB of CSV (${((performance.now() - t0) / 1000).toFixed(1)} s to write); archive to /dev/null`,
  );
  const runs = JOB_COUNTS.map((jobs) => {
    const r = timed(
      ['dry-run', bundle, csv, '--at', AT, '--trust', key, '--out', '/dev/null', '--jobs', String(jobs)],
      dir,
    );
    line(`dry-run --jobs ${jobs}`, r, n, 'rows');
    return { jobs, ...r };
  });
  speedUp(runs, 'rows');
  const peak = Math.max(...runs.map((r) => r.peakMiB));
  goal({
    id: 'i',
    measure: `dry-run ${fmt(n)} rows, peak RSS`,
    figure: `${peak.toFixed(0)} MiB; ${runs.map((r) => `${fmt(n / r.wallS)} rows/s at ${r.jobs} job(s)`).join(', ')}`,
    goal: '≤ 300 MB',
    pass: peak * 1.048576 <= 300 && runs.every((r) => r.code !== null),
  });
}

async function part(letter: string, title: string, body: (dir: string) => void | Promise<void>): Promise<void> {
  if (!selected(letter)) return;
  console.log(`\n## ${title}`);
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), `dunning-bench-${letter}-`));
  try {
    await body(dir);
  } catch (e) {
    console.log(`  section failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s, load average ${load()})`);
}

/** (h) and (i): the CLI at scale, spawned as a user runs it. */
export async function benchAtScale(): Promise<void> {
  await part('h', '(h) CLI check on generated template files, --jobs 1 and 2', benchCheck);
  await part('i', '(i) send dry-run on generated CSV rows, --jobs 1 and 2', benchDryRun);
}
