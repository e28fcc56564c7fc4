import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRuleset } from '../../src/core/index';
import { defaultSamples } from '../../src/core/samples/defaults';
import { COLUMNS, csvRow, lawfulTemplates, signedBundle, withValues } from './dry-run-fixture';
import { cli, ROOT } from './run-cli';

// The one test of the built bin; every other CLI test calls run() in-process.
// Built with the CLI's own config (liquidjs, zod and opencc-js bundled in) into a scratch folder under node_modules/.
let outDir = '';
const NO_TIMEOUT = { DUNNING_CHECK_BUDGET_MS: '600000' };

beforeAll(() => {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  outDir = mkdtempSync(join(ROOT, 'node_modules/.cache/cli-smoke-'));
  const args = ['vite', 'build', '--config', 'src/cli/vite.config.ts', '--outDir', outDir, '--logLevel', 'error'];
  const build = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`CLI build failed: ${build.stderr}`);
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the built bin', () => {
  it('reads stdin, prints findings and sets the exit code', () => {
    const r = spawnSync(process.execPath, [join(outDir, 'main.js'), 'check', '--stdin', '--lang', 'en'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '【钱站】张三你这个老赖，欠钱不还。',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:1:\d+ error no-insults /m);
    expect(r.stdout).toMatch(/^1 file checked: /m);
  });

  it('checks in two worker threads with the output of one, in input order', () => {
    // NOTE: a budget no loaded machine runs out of: otherwise a slow check ends in template/limit, not the findings.
    const bin = (jobs: string) =>
      spawnSync(process.execPath, [join(outDir, 'main.js'), 'check', '--jobs', jobs, 'samples/templates'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ...NO_TIMEOUT },
      });
    const one = bin('1');
    const two = bin('2');
    expect(one.stdout).toMatch(/^\d+ files checked: /m);
    expect([two.status, two.stdout, two.stderr]).toEqual([one.status, one.stdout, '']);
  });

  it('carries the rules as the build loaded them, and reports exactly what loading them at start does', async () => {
    const carried = JSON.parse(readFileSync(join(outDir, 'bundled-rules.json'), 'utf8')) as {
      ruleset: { rules: { id: string }[] };
    };
    expect(carried.ruleset.rules.map((r) => r.id)).toEqual(defaultRuleset().rules.map((r) => r.id));
    const args = ['check', '--format', 'jsonl', '--jobs', '1', 'samples/templates'];
    const built = spawnSync(process.execPath, [join(outDir, 'main.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...NO_TIMEOUT },
    });
    const source = await cli(args, '', NO_TIMEOUT);
    expect(built.stdout.split('\n').length).toBeGreaterThan(10);
    expect([built.status, built.stdout]).toEqual([source.code, source.stdout]);
  });

  it('ends with exit 2 naming the file when a worker thread runs over its heap cap', () => {
    for (const jobs of ['1', '2']) {
      const r = spawnSync(
        process.execPath,
        [join(outDir, 'main.js'), 'check', '--jobs', jobs, '--lang', 'en', 'samples/templates'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, DUNNING_WORKER_HEAP_MB: '8' },
        },
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /^check: samples\/templates\/[\w-]+\.liquid: the worker thread working on it failed: .*memory limit.*DUNNING_WORKER_HEAP_MB/m,
      );
      expect(r.stdout).not.toMatch(/files checked/);
    }
  });

  it('a dry-run ends with exit 2 naming the row when a worker thread runs over its heap cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dunning-smoke-oom-'));
    try {
      const signed = await signedBundle(lawfulTemplates());
      writeFileSync(join(dir, 'b.dunning.json'), signed.text);
      writeFileSync(join(dir, 'key.jwk'), JSON.stringify(signed.publicJwk));
      const data = withValues(defaultSamples()[0]!.data, { 'loan.overdue_days': 7, 'borrower.phone': '13900000001' });
      writeFileSync(join(dir, 'rows.csv'), `${COLUMNS.join(',')}\r\n${csvRow(data)}\r\n`);
      const args = ['dry-run', 'b.dunning.json', 'rows.csv', '--at', '2026-12-02T10:00+08:00', '--trust', 'key.jwk'];
      const r = spawnSync(process.execPath, [join(outDir, 'main.js'), ...args, '--jobs', '1', '--lang', 'en'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, DUNNING_WORKER_HEAP_MB: '8' },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^dry-run: rows\.csv row 1: the worker thread working on it failed: .*memory limit/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a template check whose budget runs out says so (DUNNING_CHECK_BUDGET_MS is used)', () => {
    const r = spawnSync(
      process.execPath,
      [
        join(outDir, 'main.js'),
        'check',
        '--jobs',
        '1',
        '--format',
        'jsonl',
        '--lang',
        'en',
        'samples/templates/due-today-reminder.liquid',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, DUNNING_CHECK_BUDGET_MS: '1' },
      },
    );
    expect(r.stdout).toMatch(/template\/limit/);
  });

  it('refuses a 2 GiB line on stdin after reading 1 MiB of it, and the writer is stopped (EPIPE)', async () => {
    const child = spawn(process.execPath, [join(outDir, 'main.js'), 'check', '--stdin'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('close', done));
    const piece = Buffer.alloc(1 << 20, 'a');
    let written = 0;
    let stopped = false;
    child.stdin.on('error', () => void (stopped = true));
    while (!stopped && written < 2 ** 31) {
      written += piece.length;
      if (!child.stdin.write(piece)) {
        await new Promise((go) => {
          child.stdin.once('drain', go);
          child.stdin.once('close', go);
        });
      }
      if (child.stdin.destroyed || child.exitCode !== null) stopped = true;
    }
    const code = await exited;
    expect(code).toBe(2);
    expect(stderr).toContain('input/too-large: <stdin>: more than 1048576 bytes');
    expect(written).toBeLessThan(64 * 2 ** 20);
  }, 120_000);
});
