import { copyFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, LINE, ROOT, TEMPLATES, workDir } from './run-cli';

const work = workDir('dunning-inputs-');
afterAll(() => work.remove());

const INSULT = '【钱站】张三你这个老赖，欠钱不还。';
const rule = (name: string) => join(ROOT, 'rules', name);
const sample = (name: string) => join(ROOT, 'samples/borrowers', name);
const folder = (name: string) => (mkdirSync(work.path(name), { recursive: true }), work.path(name));
const errorRules = (stdout: string) =>
  stdout
    .split('\n')
    .map((l) => LINE.exec(l))
    .filter((m) => m?.[4] === 'error')
    .map((m) => m![5]);

describe('check with invalid rule, sample or meta files', () => {
  it('reports every bad file with its JSON path or line:column, still checks with the rest, and exits 2', async () => {
    const rules = folder('mixed-rules');
    copyFileSync(rule('no-insults.json'), join(rules, 'no-insults.json'));
    work.write('mixed-rules/bad-kind.json', { kind: 'no-such-kind' });
    work.write('mixed-rules/broken.json', '{\n  "kind": "pattern",\n  oops\n}');
    const samples = folder('mixed-samples');
    copyFileSync(sample('seed-zhang-san.json'), join(samples, 'seed-zhang-san.json'));
    work.write('mixed-samples/bad-sample.json', { id: 'x', label: 'x', borrower: {} });
    const meta = work.write('bad.meta.json', { audience: 'family' });
    const r = await cli(['check', '--stdin', '--rules', rules, '--samples', samples, '--meta', meta], INSULT);
    expect(r.code).toBe(2);
    expect(errorRules(r.stdout)).toContain('no-insults');
    expect(r.stdout).toMatch(/^1 file checked: /m);
    const lines = r.stderr.split('\n');
    expect(lines.find((l) => l.includes('bad-kind.json'))).toMatch(/rule\/unknown-kind: .*bad-kind\.json → kind/);
    expect(lines.find((l) => l.includes('broken.json'))).toMatch(/rule\/json: .*broken\.json:3:3: /);
    expect(lines.find((l) => l.includes('bad-sample.json'))).toMatch(/sample\/invalid: .*bad-sample\.json → borrower/);
    expect(lines.find((l) => l.includes('bad.meta.json'))).toMatch(/meta\/invalid: .*bad\.meta\.json → audience/);
  });

  it('checks a template whose sibling meta is invalid with the defaults, naming the meta file; exits 2', async () => {
    const dir = folder('bad-sibling');
    work.write('bad-sibling/t.liquid', INSULT);
    work.write('bad-sibling/t.meta.json', '{ "audience": "debtor", "audience": "contact" }');
    const r = await cli(['check', dir, '--format', 'json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.files[0].report.verdict).toBe('block');
    expect(out.problems.map((p: { code: string; file: string; path: string[] }) => [p.code, p.file, p.path])).toEqual([
      ['meta/json', join(dir, 't.meta.json'), ['audience']],
    ]);
    expect(r.stderr).toContain('t.meta.json');
  });

  it('lists invalid inputs as SARIF tool configuration notifications', async () => {
    const rules = folder('sarif-rules');
    copyFileSync(rule('no-insults.json'), join(rules, 'no-insults.json'));
    work.write('sarif-rules/bad-kind.json', { kind: 'no-such-kind' });
    const r = await cli(['check', '--stdin', '--rules', rules, '--format', 'sarif'], INSULT);
    expect(r.code).toBe(2);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.results.map((res: { ruleId: string }) => res.ruleId)).toContain('no-insults');
    const notes = run.invocations[0].toolConfigurationNotifications;
    expect(notes.map((n: { descriptor: { id: string } }) => n.descriptor.id)).toEqual(['rule/unknown-kind']);
    expect(notes[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/bad-kind\.json$/);
  });

  it('exits 2 naming the folder when --rules or --samples holds no *.json at all', async () => {
    const empty = folder('empty');
    for (const flag of ['--rules', '--samples']) {
      const r = await cli(['check', '--stdin', flag, empty], INSULT);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toContain(empty);
    }
  });
});

describe('check follows symbolic links', () => {
  it('blocks an insulting template when the insult rule is a symlink, and reads a folder of only symlinks', async () => {
    const rules = folder('linked-rules');
    symlinkSync(rule('no-insults.json'), join(rules, 'no-insults.json'));
    const r = await cli(['check', '--stdin', '--rules', rules], INSULT);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(errorRules(r.stdout)).toContain('no-insults');
  });

  it('reads symlinked template folders, template files and sample folders', async () => {
    const dir = folder('linked-templates');
    symlinkSync(join(ROOT, TEMPLATES, 'violating-threat.liquid'), join(dir, 'threat.liquid'));
    symlinkSync(join(ROOT, 'samples/borrowers'), work.path('linked-samples'));
    symlinkSync(dir, work.path('templates-link'));
    const r = await cli(['check', work.path('templates-link'), '--samples', work.path('linked-samples')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^.+threat\.liquid:\d+:\d+ error /m);
  });

  it('refuses a link cycle and a broken link by name (exit 2) and still checks the rest', async () => {
    const dir = folder('cyclic/inner');
    copyFileSync(join(ROOT, TEMPLATES, 'violating-threat.liquid'), join(dir, 'threat.liquid'));
    symlinkSync(work.path('cyclic'), join(dir, 'loop'));
    symlinkSync(work.path('cyclic/nowhere.liquid'), work.path('cyclic/dangling.liquid'));
    const r = await cli(['check', work.path('cyclic')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/threat\.liquid:\d+:\d+ error /);
    expect(r.stderr).toMatch(/input\/link-cycle: .*inner\/loop/);
    expect(r.stderr).toMatch(/input\/broken-link: .*dangling\.liquid/);
  });
});

describe('JSON inputs go through one reader', () => {
  it('accepts a byte order mark in rule, sample and meta files', async () => {
    const rules = folder('bom-rules');
    work.write('bom-rules/no-insults.json', `\uFEFF${readFileSync(rule('no-insults.json'), 'utf8')}`);
    const samples = folder('bom-samples');
    work.write('bom-samples/s.json', `\uFEFF${readFileSync(sample('seed-zhang-san.json'), 'utf8')}`);
    const meta = work.write('bom.meta.json', '\uFEFF{ "audience": "debtor" }');
    const r = await cli(['check', '--stdin', '--rules', rules, '--samples', samples, '--meta', meta], INSULT);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(errorRules(r.stdout)).toContain('no-insults');
  });

  it('refuses a key given twice in a rule or sample file, with its JSON path', async () => {
    const rules = folder('dup-rules');
    const text = readFileSync(rule('no-insults.json'), 'utf8');
    work.write('dup-rules/no-insults.json', text.replace('"severity":', '"severity": "info", "severity":'));
    const samples = folder('dup-samples');
    work.write('dup-samples/s.json', '{ "id": "a", "id": "b" }');
    const r = await cli(['check', '--stdin', '--rules', rules, '--samples', samples], INSULT);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rule\/json: .*no-insults\.json: key "severity" appears twice/);
    expect(r.stderr).toMatch(/sample\/json: .*s\.json: key "id" appears twice/);
  });
});
