import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/cli/diagnostics';
import { jsonEntry, jsonLine } from '../../src/cli/print-json';
import { printSarif } from '../../src/cli/print-sarif';
import { textFile } from '../../src/cli/print-text';
import type { Finding, Report } from '../../src/core/index';
import { cli, LINE, ROOT, workDir } from './run-cli';

const work = workDir('dunning-cap-');
afterAll(() => work.remove());
beforeAll(() => copyFileSync(join(ROOT, 'rules/no-insults.json'), work.path('no-insults.json')));

/** A template with `n` insults, each its own finding (one per place in the source). */
const insults = (n: number) => `【钱站】${'老赖，'.repeat(n)}`;
const check = (n: number, ...flags: string[]) => cli(['check', '--stdin', '--rules', work.dir, ...flags], insults(n));

const diagnostic = (i: number): Diagnostic => ({
  file: 't.liquid',
  severity: 'error',
  ruleId: 'r',
  message: 'm',
  start: { line: 1, column: i + 1 },
  end: { line: 1, column: i + 2 },
  located: true,
});
const finding = (i: number): Finding => ({
  ruleId: 'r',
  messageId: 'r',
  vars: {},
  category: 'insult',
  severity: 'error',
  target: 'source',
  start: i,
  end: i + 1,
});
const report = (n: number): Report => ({
  verdict: 'block',
  score: 0,
  findings: Array.from({ length: n }, (_, i) => finding(i)),
  problems: [],
  samples: [],
});
const many = (n: number) => Array.from({ length: n }, (_, i) => diagnostic(i));

describe('at most 500 findings per file (printers)', () => {
  it.each([
    { n: 500, lines: 500, more: undefined },
    { n: 501, lines: 500, more: 't.liquid: … and 1 more' },
  ])('prints $lines text lines for $n diagnostics, then $more', ({ n, lines, more }) => {
    const out = textFile('t.liquid', many(n), 'en').trimEnd().split('\n');
    expect(out.filter((l) => LINE.test(l))).toHaveLength(lines);
    expect(out.find((l) => l.includes('more'))).toBe(more);
  });

  it.each([
    { n: 500, truncated: undefined },
    { n: 501, truncated: 1 },
  ])('keeps 500 findings of $n in JSON and JSON lines, truncated: $truncated', ({ n, truncated }) => {
    const entry = JSON.parse(jsonEntry('t.liquid', report(n)));
    const line = JSON.parse(jsonLine('t.liquid', report(n), () => 'm'));
    for (const out of [entry, { report: line, truncated: line.truncated }]) {
      expect([out.report.findings.length, out.truncated]).toEqual([500, truncated]);
    }
  });

  it('keeps 500 SARIF results per file and counts the rest in run.properties.truncated', () => {
    const run = JSON.parse(printSarif(many(501), new Map(), { name: 'x', version: '1' }, 'en')).runs[0];
    expect(run.results).toHaveLength(500);
    expect(run.properties).toEqual({ truncated: { 't.liquid': 1 } });
  });
});

describe('at most 500 findings per file (check)', () => {
  it('prints 500 lines, then "… and N more", then a summary counting all of them', async () => {
    const r = await check(600);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => LINE.test(l))).toHaveLength(500);
    const counts = /^1 file checked: (\d+) errors, (\d+) warnings?, (\d+) info$/.exec(lines.at(-1) ?? '');
    expect(Number(counts?.[1])).toBe(600);
    const total = Number(counts?.[1]) + Number(counts?.[2]) + Number(counts?.[3]);
    expect(lines.at(-2)).toBe(`<stdin>: … and ${total - 500} more`);
  });

  it('counts the same findings past the cap in text, JSON, JSON lines and SARIF', async () => {
    const more = Number(/… and (\d+) more/.exec((await check(600)).stdout)?.[1]);
    const json = JSON.parse((await check(600, '--format', 'json')).stdout).files[0];
    const line = JSON.parse((await check(600, '--format', 'jsonl')).stdout);
    const sarif = JSON.parse((await check(600, '--format', 'sarif')).stdout).runs[0];
    expect([json.report.findings.length, json.truncated]).toEqual([500, more]);
    expect([line.findings.length, line.truncated]).toEqual([500, more]);
    expect([sarif.results.length, sarif.properties]).toEqual([500, { truncated: { '%3Cstdin%3E': more } }]);
  });
});
