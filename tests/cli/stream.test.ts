import { copyFileSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { cli, LINE, ROOT, TEMPLATES, workDir } from './run-cli';

const names = readdirSync(join(ROOT, TEMPLATES))
  .filter((n) => n.endsWith('.liquid'))
  .sort();
const work = workDir('dunning-stream-');
afterAll(() => work.remove());
beforeAll(() => copyFileSync(join(ROOT, 'rules/no-insults.json'), work.path('no-insults.json')));

const canonical = (text: string) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;

describe('check --format jsonl', () => {
  it('prints one object per template, in input order, with verdict, score, worded findings and problems', async () => {
    const lines = await cli(['check', TEMPLATES, '--format', 'jsonl', '--lang', 'en']);
    const json = await cli(['check', TEMPLATES, '--format', 'json']);
    expect(lines.code).toBe(1);
    const objects = lines.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(objects.map((o) => o.file)).toEqual(names.map((n) => `${TEMPLATES}/${n}`));
    const reports = JSON.parse(json.stdout).files.map((f: { report: unknown }) => f.report);
    for (const [i, o] of objects.entries()) {
      expect(Object.keys(o)).toEqual(['file', 'verdict', 'score', 'findings', 'problems']);
      expect([o.verdict, o.score]).toEqual([reports[i].verdict, reports[i].score]);
      expect(o.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
        reports[i].findings.map((f: { ruleId: string }) => f.ruleId),
      );
      for (const f of o.findings) expect(f.message).toMatch(/\S/);
    }
    expect(objects.some((o) => o.findings.length > 0)).toBe(true);
  });

  it('keeps 500 findings on a line and counts the rest in truncated', async () => {
    const r = await cli(
      ['check', '--stdin', '--rules', work.dir, '--format', 'jsonl'],
      `【钱站】${'老赖，'.repeat(600)}`,
    );
    expect(r.stdout.split('\n')).toHaveLength(2);
    const line = JSON.parse(r.stdout);
    expect([line.findings.length, line.truncated >= 100, line.verdict]).toEqual([500, true, 'block']);
  });
});

describe('streamed output', () => {
  it('writes every file’s lines before reading the next input (stdin comes last)', async () => {
    let stdout = '';
    let seenBeforeStdin = '';
    const code = await run(['check', `${TEMPLATES}/violating-threat.liquid`, '--stdin', '--lang', 'en'], {
      out: (t) => void (stdout += t),
      err: () => undefined,
      readStdin: async () => ((seenBeforeStdin = stdout), '【钱站】您好'),
      env: {},
    });
    expect(code).toBe(1);
    expect(seenBeforeStdin).toMatch(/violating-threat\.liquid:\d+:\d+ error /);
    expect(seenBeforeStdin).not.toMatch(/files? checked/);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^2 files checked: /);
  });

  it('prints JSON exactly as one JSON.stringify(…, null, 2) of the whole would', async () => {
    const r = await cli(['check', TEMPLATES, '--format', 'json']);
    expect(r.stdout).toBe(canonical(r.stdout));
  });

  it('prints canonical JSON with no file and with input problems', async () => {
    const dir = work.path('only-broken');
    mkdirSync(dir, { recursive: true });
    symlinkSync(work.path('nowhere.liquid'), join(dir, 'dangling.liquid'));
    const r = await cli(['check', dir, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(canonical(r.stdout));
    const out = JSON.parse(r.stdout);
    expect(out.files).toEqual([]);
    expect(out.problems.map((p: { code: string }) => p.code)).toEqual(['input/broken-link']);
  });

  it('prints the same diagnostics for a folder in text as one file at a time', async () => {
    const all = await cli(['check', TEMPLATES, '--lang', 'en']);
    let each = '';
    for (const n of names) {
      const lines = (await cli(['check', `${TEMPLATES}/${n}`, '--lang', 'en'])).stdout.split('\n');
      each += lines.filter((l) => LINE.test(l)).join('\n') + (lines.some((l) => LINE.test(l)) ? '\n' : '');
    }
    expect(
      all.stdout
        .split('\n')
        .filter((l) => LINE.test(l))
        .join('\n') + '\n',
    ).toBe(each);
  });
});
