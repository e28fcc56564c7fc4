import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, LINE, ROOT, TEMPLATES, workDir } from './run-cli';

const names = readdirSync(join(ROOT, TEMPLATES))
  .filter((n) => n.endsWith('.liquid'))
  .sort();
const lawful = names.filter((n) => !n.startsWith('violating-'));
const violating = names.filter((n) => !lawful.includes(n));
const work = workDir('dunning-check-');
afterAll(() => work.remove());

describe('check', () => {
  it('finds lawful and violating examples to check', () => {
    expect(lawful.length).toBeGreaterThan(3);
    expect(violating.length).toBeGreaterThan(3);
  });

  it('exits 0 on the lawful examples, printing a summary line', async () => {
    const r = await cli(['check', ...lawful.map((n) => `${TEMPLATES}/${n}`)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(new RegExp(`^${lawful.length} files checked: 0 errors`));
    for (const line of lines.slice(0, -1)) expect(line).toMatch(LINE);
  });

  it.each(violating)('exits 1 on %s with an error line naming the file', async (name) => {
    const r = await cli(['check', `${TEMPLATES}/${name}`]);
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => LINE.exec(l)?.[4] === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((l) => l.startsWith(`${TEMPLATES}/${name}:`))).toBe(true);
  });

  it('checks every template in a folder and prints parseable JSON', async () => {
    const r = await cli(['check', TEMPLATES, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { file: string; report: { verdict: string } }[] };
    expect(out.files.map((f) => f.file)).toEqual(names.map((n) => `${TEMPLATES}/${n}`));
    for (const f of out.files) {
      expect(f.report.verdict === 'block', f.file).toBe(f.file.includes('/violating-'));
    }
  });

  it('prints SARIF 2.1.0 whose results name declared rules and 1-based regions', async () => {
    const r = await cli(['check', TEMPLATES, '--format', 'sarif', '--lang', 'zh']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.invocations).toBeUndefined();
    const ids = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(run.results.length).toBeGreaterThan(0);
    for (const res of run.results) {
      expect(ids[res.ruleIndex]).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/^samples\/templates\/.+\.liquid$/);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    const threat = run.results.filter((res: any) =>
      res.locations[0].physicalLocation.artifactLocation.uri.endsWith('violating-threat.liquid'),
    );
    expect(threat.some((res: { level: string }) => res.level === 'error')).toBe(true);
  });

  it('reports the line and column of a problem in a template read from stdin', async () => {
    const r = await cli(['check', '--stdin'], '【钱站】您好\n{{ borrower.name | nope }}');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:2:20 error template\/parse /m);
  });

  it('exits 1 on warnings only with --fail-on warning', async () => {
    // One warning rule of the repo's rules, alone, on its own first failing example.
    const ruleFiles = readdirSync(join(ROOT, 'rules')).filter((n) => n.endsWith('.json'));
    const rules = ruleFiles.map((n) => ({ n, rule: JSON.parse(readFileSync(join(ROOT, 'rules', n), 'utf8')) }));
    const pick = rules.find(
      ({ rule }) =>
        rule.severity === 'warning' && rule.target === 'output' && typeof rule.examples.fail[0] === 'string',
    );
    expect(pick).toBeDefined();
    // a rules folder carries the fragments its patterns name (`{{negated}}`…) in fragments/
    mkdirSync(work.path('one-rule/fragments'), { recursive: true });
    copyFileSync(join(ROOT, 'rules', pick!.n), work.path(`one-rule/${pick!.n}`));
    for (const f of readdirSync(join(ROOT, 'rules/fragments'))) {
      copyFileSync(join(ROOT, 'rules/fragments', f), work.path(`one-rule/fragments/${f}`));
    }
    const args = ['check', '--stdin', '--rules', work.path('one-rule')];
    const plain = await cli(args, pick!.rule.examples.fail[0]);
    expect(plain.stdout).toMatch(new RegExp(`^<stdin>:\\d+:\\d+ warning ${pick!.n.replace('.json', '')} `, 'm'));
    expect(plain.code).toBe(0);
    expect((await cli([...args, '--fail-on', 'warning'], pick!.rule.examples.fail[0])).code).toBe(1);
    expect((await cli([...args, '--fail-on', 'warning'], pick!.rule.examples.pass[0])).code).toBe(0);
  });

  it('uses the sibling x.meta.json, and --meta for a template without one', async () => {
    const name = 'violating-night-frequent';
    mkdirSync(work.path('lone'), { recursive: true });
    copyFileSync(join(ROOT, TEMPLATES, `${name}.liquid`), work.path(`lone/${name}.liquid`));
    const withSibling = await cli(['check', `${TEMPLATES}/${name}.liquid`, '--format', 'json']);
    const lone = await cli(['check', work.path('lone'), '--format', 'json']);
    const meta = `${TEMPLATES}/${name}.meta.json`;
    const withFlag = await cli(['check', work.path('lone'), '--meta', meta, '--format', 'json']);
    const metaRules = (out: string) =>
      (JSON.parse(out).files[0].report.findings as { target: string; ruleId: string }[])
        .filter((f) => f.target === 'meta')
        .map((f) => f.ruleId);
    expect(withSibling.code).toBe(1);
    expect(metaRules(withSibling.stdout).length).toBeGreaterThan(0);
    expect(metaRules(lone.stdout)).not.toEqual(metaRules(withSibling.stdout));
    expect(metaRules(withFlag.stdout)).toEqual(metaRules(withSibling.stdout));
  });

  it.each([
    { name: 'an unknown flag', args: ['check', TEMPLATES, '--bogus'] },
    { name: 'an unknown format', args: ['check', TEMPLATES, '--format', 'xml'] },
    { name: 'an unknown --fail-on', args: ['check', TEMPLATES, '--fail-on', 'info'] },
    { name: 'no templates named', args: ['check'] },
    { name: 'a missing file', args: ['check', 'no/such/file.liquid'] },
    { name: 'an unknown command', args: ['lint', TEMPLATES] },
    { name: 'no command', args: [] },
  ])('exits 2 with the reason on stderr for $name', async ({ args }) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(r.stdout).toBe('');
  });

  it('prints the usage with the trust and cap rules on --help, and the version on --version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--allow-untrusted');
    expect(help.stdout).toContain('--allow-unsigned');
    expect(help.stdout).toContain('… and N more');
    const version = await cli(['--version']);
    expect([version.code, version.stdout]).toEqual([
      0,
      `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`,
    ]);
  });
});
