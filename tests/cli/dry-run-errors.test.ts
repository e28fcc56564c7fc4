import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSamples } from '../../src/core/samples/defaults';
import { cli, workDir } from './run-cli';
import { COLUMNS, csvRow, lawfulTemplates, signedBundle, withValues } from './dry-run-fixture';

const work = workDir('dunning-dry-run-errors-');
afterAll(() => work.remove());

const AT = '2026-12-02T10:00+08:00';
const files = { bundle: '', key: '' };
const row = (phone: string) =>
  csvRow(withValues(defaultSamples()[0]!.data, { 'loan.overdue_days': 7, 'borrower.phone': phone }));

beforeAll(async () => {
  const signed = await signedBundle(lawfulTemplates());
  files.bundle = work.write('b.dunning.json', signed.text);
  files.key = work.write('key.jwk', signed.publicJwk);
});

const dryRun = (csv: string, ...flags: string[]) =>
  cli(['dry-run', files.bundle, csv, '--at', AT, '--trust', files.key, ...flags]);

describe('dry-run on hostile CSV files', () => {
  it('rejects a 2 GiB line (a sparse file: nothing is written to disk) as one row, and decides the rows around it', async () => {
    const csv = work.path('huge-line.csv');
    const head = `${COLUMNS.join(',')}\r\n${row('13900000001')}\r\n`;
    const tail = `\r\n${row('13900000002')}\r\n`;
    const fd = openSync(csv, 'w');
    writeSync(fd, head);
    // the bytes between are a hole (zeros when read): one line of 2 GiB of U+0000
    writeSync(fd, tail, head.length + 2 ** 31);
    closeSync(fd);
    expect(statSync(csv).size).toBeGreaterThan(2 ** 31);
    const out = work.path('huge-line.jsonl');
    const before = process.memoryUsage().rss;
    const r = await dryRun(csv, '--out', out);
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 2 ** 20);
    const archive = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(archive.map((l) => [l.row, l.decision, l.reason])).toEqual([
      [1, 'send', 'ok'],
      [2, 'rejected', 'row/csv'],
      [3, 'send', 'ok'],
    ]);
    expect(archive[1].problems[0].message).toBe('a record longer than 1048576 characters');
    expect(r.code).toBe(1);
  }, 120_000);

  it('says so when a CSV has a header and no row', async () => {
    const r = await dryRun(work.write('header-only.csv', `${COLUMNS.join(',')}\r\n`), '--out', work.path('h.jsonl'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: .*header-only\.csv: no rows/m);
    expect(JSON.parse(r.stdout).rows).toBe(0);
  });

  it('says so when a CSV is empty', async () => {
    const r = await dryRun(work.write('empty.csv', ''), '--out', work.path('e.jsonl'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: .*empty\.csv: no rows \(the file is empty\)/m);
  });
});
