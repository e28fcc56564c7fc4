import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey, signBundle, fingerprint, type Bundle } from '../../src/core/bundle/index';
import { renderTemplate } from '../../src/core/render/render-template';
import { defaultSamples } from '../../src/core/samples/defaults';
import { asJson, smallBundle } from '../bundle/fixture';

const ROOT = resolve(__dirname, '../..');
const TEMPLATES = 'samples/templates';
const names = readdirSync(join(ROOT, TEMPLATES))
  .filter((n) => n.endsWith('.liquid'))
  .sort();
const lawful = names.filter((n) => !n.startsWith('violating-'));
const violating = names.filter((n) => n.startsWith('violating-'));

// The built CLI lives under node_modules/ so that node resolves liquidjs and zod from the repo.
let outDir = '';
let work = '';

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(outDir, 'main.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, LANG: 'C', LC_ALL: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const write = (name: string, content: string | object): string => {
  const file = join(work, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
};

beforeAll(() => {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  outDir = mkdtempSync(join(ROOT, 'node_modules/.cache/cli-test-'));
  work = mkdtempSync(join(tmpdir(), 'dunning-cli-'));
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--ssr', 'src/cli/main.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`CLI build failed: ${build.stderr}`);
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

const LINE = /^(.+):(\d+):(\d+) (error|warning|info) (\S+) (.+)$/;

describe('check', () => {
  it('finds lawful and violating examples to check', () => {
    expect(lawful.length).toBeGreaterThan(3);
    expect(violating.length).toBeGreaterThan(3);
  });

  it('exits 0 on the lawful examples, printing a summary line', () => {
    const r = cli(['check', ...lawful.map((n) => `${TEMPLATES}/${n}`)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(new RegExp(`^${lawful.length} files checked: 0 errors`));
    for (const line of lines.slice(0, -1)) expect(line).toMatch(LINE);
  });

  it.each(violating)('exits 1 on %s with an error line naming the file', (name) => {
    const r = cli(['check', `${TEMPLATES}/${name}`]);
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => LINE.exec(l)?.[4] === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((l) => l.startsWith(`${TEMPLATES}/${name}:`))).toBe(true);
  });

  it('checks every template in a folder and prints parseable JSON', () => {
    const r = cli(['check', TEMPLATES, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { file: string; report: { verdict: string } }[] };
    expect(out.files.map((f) => f.file)).toEqual(names.map((n) => `${TEMPLATES}/${n}`));
    for (const f of out.files) {
      expect(f.report.verdict === 'block', f.file).toBe(f.file.includes('/violating-'));
    }
  });

  it('prints SARIF 2.1.0 whose results name declared rules and 1-based regions', () => {
    const r = cli(['check', TEMPLATES, '--format', 'sarif', '--lang', 'zh']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
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

  it('reports the line and column of a problem in a template read from stdin', () => {
    const r = cli(['check', '--stdin'], '【钱站】您好\n{{ borrower.name | nope }}');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:2:20 error template\/parse /m);
  });

  it('exits 1 on warnings only with --fail-on warning', () => {
    // One warning rule of the repo's rules, alone, on its own first failing example.
    const ruleFiles = readdirSync(join(ROOT, 'rules')).filter((n) => n.endsWith('.json'));
    const rules = ruleFiles.map((n) => ({ n, rule: JSON.parse(readFileSync(join(ROOT, 'rules', n), 'utf8')) }));
    const pick = rules.find(
      ({ rule }) =>
        rule.severity === 'warning' && rule.target === 'output' && typeof rule.examples.fail[0] === 'string',
    );
    expect(pick).toBeDefined();
    mkdirSync(join(work, 'one-rule'), { recursive: true });
    copyFileSync(join(ROOT, 'rules', pick!.n), join(work, 'one-rule', pick!.n));
    const args = ['check', '--stdin', '--rules', join(work, 'one-rule')];
    const plain = cli(args, pick!.rule.examples.fail[0]);
    expect(plain.stdout).toMatch(new RegExp(`^<stdin>:\\d+:\\d+ warning ${pick!.n.replace('.json', '')} `, 'm'));
    expect(plain.code).toBe(0);
    expect(cli([...args, '--fail-on', 'warning'], pick!.rule.examples.fail[0]).code).toBe(1);
    expect(cli([...args, '--fail-on', 'warning'], pick!.rule.examples.pass[0]).code).toBe(0);
  });

  it('uses the sibling x.meta.json, and --meta for a template without one', () => {
    const name = 'violating-night-frequent';
    mkdirSync(join(work, 'lone'), { recursive: true });
    copyFileSync(join(ROOT, TEMPLATES, `${name}.liquid`), join(work, 'lone', `${name}.liquid`));
    const withSibling = cli(['check', `${TEMPLATES}/${name}.liquid`, '--format', 'json']);
    const lone = cli(['check', join(work, 'lone'), '--format', 'json']);
    const withFlag = cli(['check', join(work, 'lone'), '--meta', `${TEMPLATES}/${name}.meta.json`, '--format', 'json']);
    const metaRules = (out: string) =>
      (JSON.parse(out).files[0].report.findings as { target: string; ruleId: string }[])
        .filter((f) => f.target === 'meta')
        .map((f) => f.ruleId);
    expect(withSibling.code).toBe(1);
    expect(metaRules(withSibling.stdout).length).toBeGreaterThan(0);
    expect(metaRules(lone.stdout)).not.toEqual(metaRules(withSibling.stdout));
    expect(metaRules(withFlag.stdout)).toEqual(metaRules(withSibling.stdout));
  });

  const usage: { name: string; args: () => string[] }[] = [
    { name: 'an unknown flag', args: () => ['check', TEMPLATES, '--bogus'] },
    { name: 'an unknown format', args: () => ['check', TEMPLATES, '--format', 'xml'] },
    { name: 'an unknown --fail-on', args: () => ['check', TEMPLATES, '--fail-on', 'info'] },
    { name: 'no templates named', args: () => ['check'] },
    { name: 'a missing file', args: () => ['check', 'no/such/file.liquid'] },
    { name: 'an unknown command', args: () => ['lint', TEMPLATES] },
    {
      name: 'an invalid --meta',
      args: () => ['check', TEMPLATES, '--meta', write('bad.meta.json', { audience: 'family' })],
    },
    {
      name: 'a --samples folder with an invalid sample',
      args: () => {
        mkdirSync(join(work, 'samples'), { recursive: true });
        write('samples/x.json', { id: 'x', label: 'x', borrower: {} });
        return ['check', TEMPLATES, '--samples', join(work, 'samples')];
      },
    },
    {
      name: 'a --rules folder with an invalid rule',
      args: () => {
        mkdirSync(join(work, 'rules'), { recursive: true });
        write('rules/bad-rule.json', { kind: 'no-such-kind' });
        return ['check', TEMPLATES, '--rules', join(work, 'rules')];
      },
    },
  ];

  it.each(usage)('exits 2 with the reason on stderr for $name', ({ args }) => {
    const r = cli(args());
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(r.stdout).toBe('');
  });
});

describe('verify and render', () => {
  let signed: Bundle;
  let keyFile = '';
  let otherKeyFile = '';
  let fp = '';

  beforeAll(async () => {
    const key = await generateSigningKey();
    const other = await generateSigningKey();
    signed = asJson(await signBundle(await smallBundle(), key.privateKey, key.publicJwk));
    keyFile = write('key.jwk', key.publicJwk);
    otherKeyFile = write('other.jwk', other.publicJwk);
    fp = await fingerprint(key.publicJwk);
  });

  it('exits 0 on a valid signed bundle, with and without trusted keys', () => {
    const file = write('ok.dunning.json', signed);
    expect(cli(['verify', file]).code).toBe(0);
    expect(cli(['verify', file, '--trust', keyFile]).code).toBe(0);
    expect(cli(['verify', file, '--trust', otherKeyFile, '--trust', fp]).code).toBe(0);
  });

  it.each([
    {
      name: 'a tampered source',
      edit: (b: Bundle) => void (b.templates[0]!.source += '！'),
      code: 'bundle/template-hash',
      trust: false,
    },
    {
      name: 'a tampered ruleset hash',
      edit: (b: Bundle) => void (b.ruleset.hash = 'e'.repeat(64)),
      code: 'bundle/hash',
      trust: false,
    },
    { name: 'an untrusted signer', edit: () => {}, code: 'bundle/untrusted-key', trust: true },
  ])('exits 1 and prints $code for $name', ({ edit, code, trust }) => {
    const b = asJson(signed);
    edit(b);
    const file = write('bad.dunning.json', b);
    const r = cli(['verify', file, ...(trust ? ['--trust', otherKeyFile] : [])]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(code);
  });

  it('exits 1 with the reason for an unsigned bundle under --trust, a private trusted key, or a key given twice', async () => {
    const unsigned = write('unsigned.dunning.json', await smallBundle());
    const r1 = cli(['verify', unsigned, '--trust', keyFile]);
    expect([r1.code, r1.stdout.includes('bundle/unsigned')]).toEqual([1, true]);
    const rendered = cli([
      'render',
      unsigned,
      signed.templates[0]!.id,
      write('d.json', defaultSamples()[0]!.data),
      '--trust',
      fp,
    ]);
    expect([rendered.code, rendered.stdout, rendered.stderr.includes('bundle/unsigned')]).toEqual([1, '', true]);
    const key = await generateSigningKey();
    const mine = write(
      'mine.dunning.json',
      asJson(await signBundle(await smallBundle(), key.privateKey, key.publicJwk)),
    );
    const r2 = cli(['verify', mine, '--trust', write('private.jwk', key.privateJwk)]);
    expect([r2.code, r2.stdout.includes('bundle/private-key')]).toEqual([1, true]);
    const text = JSON.stringify(signed);
    const doubled = write(
      'doubled.dunning.json',
      text.replace('"source":', '"source":"【钱站】不还钱就上门","source":'),
    );
    const r3 = cli(['verify', doubled]);
    expect([r3.code, r3.stdout.includes('bundle/json')]).toEqual([1, true]);
  });

  it('exits 2 when the bundle file is missing or not named', () => {
    expect(cli(['verify', join(work, 'none.json')]).code).toBe(2);
    expect(cli(['verify']).code).toBe(2);
    expect(cli(['verify', write('x.json', signed), '--trust', join(work, 'no-key.jwk')]).code).toBe(2);
  });

  it('renders a bundled template for a data file or a sample file as the editor does', () => {
    const file = write('render.dunning.json', signed);
    const sample = defaultSamples()[0]!;
    const expected = renderTemplate(signed.templates[0]!.source, sample.data, { strictVariables: true });
    expect(expected.ok).toBe(true);
    const fromData = cli(['render', file, signed.templates[0]!.id, write('data.json', sample.data)]);
    expect(fromData.code).toBe(0);
    expect(fromData.stdout).toBe(`${expected.ok ? expected.text : ''}\n`);
    expect(fromData.stderr).toMatch(/^segments: \d+ \((GSM-7|UCS-2), \d+ units\)/);
    const fromSample = cli([
      'render',
      file,
      signed.templates[0]!.id,
      write('sample.json', { id: sample.id, label: sample.label, ...sample.data }),
    ]);
    expect(fromSample.stdout).toBe(fromData.stdout);
  });

  it('exits 1 for an unknown template, invalid data or a tampered bundle; 2 for missing arguments', () => {
    const file = write('render2.dunning.json', signed);
    const data = write('data2.json', defaultSamples()[0]!.data);
    const unknown = cli(['render', file, 'nope', data]);
    expect([unknown.code, unknown.stderr.includes('bundle/unknown-template')]).toEqual([1, true]);
    const invalid = cli(['render', file, signed.templates[0]!.id, write('bad-data.json', { borrower: {} })]);
    expect([invalid.code, invalid.stderr.includes('data/invalid')]).toEqual([1, true]);
    const b = asJson(signed);
    b.templates[0]!.source = b.templates[0]!.source.replace('您好', '你好');
    const tampered = cli(['render', write('t.dunning.json', b), signed.templates[0]!.id, data]);
    expect([tampered.code, tampered.stdout]).toEqual([1, '']);
    expect(cli(['render', file, signed.templates[0]!.id]).code).toBe(2);
  });
});
