import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, LINE, ROOT, workDir } from './run-cli';

const work = workDir('dunning-cap-');
afterAll(() => work.remove());
beforeAll(() => copyFileSync(join(ROOT, 'rules/no-insults.json'), work.path('no-insults.json')));

/** A template with `n` insults, each its own finding (one per place in the source). */
const insults = (n: number) => `【钱站】${'老赖，'.repeat(n)}`;
const check = (n: number, ...flags: string[]) => cli(['check', '--stdin', '--rules', work.dir, ...flags], insults(n));

describe('at most 500 findings per file', () => {
  it('prints 500 lines, then "… and N more", then a summary counting all of them', async () => {
    const r = await check(600);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => LINE.test(l))).toHaveLength(500);
    expect(lines.at(-2)).toBe('<stdin>: … and 100 more');
    expect(lines.at(-1)).toBe('1 file checked: 600 errors, 0 warnings, 0 info');
  });

  it('prints every finding and no "more" line at exactly 500', async () => {
    const lines = (await check(500)).stdout.trimEnd().split('\n');
    expect(lines.filter((l) => LINE.test(l))).toHaveLength(500);
    expect(lines.some((l) => l.includes('more'))).toBe(false);
  });

  it('keeps 500 findings in JSON with truncated: N, and none at 500', async () => {
    const over = JSON.parse((await check(600, '--format', 'json')).stdout).files[0];
    expect([over.report.findings.length, over.truncated]).toEqual([500, 100]);
    const at = JSON.parse((await check(500, '--format', 'json')).stdout).files[0];
    expect([at.report.findings.length, 'truncated' in at]).toEqual([500, false]);
  });

  it('keeps 500 SARIF results per file and counts the rest in run.properties.truncated', async () => {
    const run = JSON.parse((await check(600, '--format', 'sarif')).stdout).runs[0];
    expect(run.results).toHaveLength(500);
    expect(run.properties).toEqual({ truncated: { '%3Cstdin%3E': 100 } });
  });
});
