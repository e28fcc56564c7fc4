import { afterAll, describe, expect, it } from 'vitest';
import { latinSentences } from '../e2e/latin-leaks';
import { lawfulTemplates, signedBundle } from './dry-run-fixture';
import { cli, workDir } from './run-cli';

const BROKEN = '{\n  "packVersion": 1,\n  "name": \n}';

/** Runs the CLI and fails on any English sentence in what it printed. */
async function chinese(args: string[]): Promise<{ code: number; out: string }> {
  const r = await cli(args);
  const out = `${r.stdout}${r.stderr}`;
  expect(latinSentences(out), `${args.join(' ')}\n${out}`).toEqual([]);
  return { code: r.code, out };
}

describe('the CLI with --lang zh says its errors in Chinese', () => {
  const w = workDir('lang-zh-cli-');
  afterAll(() => w.remove());

  it('a missing file, an unknown flag, a bad flag value and an unknown command', async () => {
    const missing = await chinese(['check', w.path('nowhere.liquid'), '--lang', 'zh']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.out).toContain('文件或文件夹不存在');
    const flag = await chinese(['check', w.write('a.liquid', '您好'), '--lang', 'zh', '--frobnicate']);
    expect(flag).toMatchObject({ code: 2 });
    expect(flag.out).toContain('未知的选项 --frobnicate');
    expect(flag.out).toContain('运行 check --help 查看用法');
    const value = await chinese(['check', w.path('a.liquid'), '--lang', 'zh', '--format', 'yaml']);
    expect(value.out).toContain('--format 只能是 text | json | jsonl | sarif');
    const command = await chinese(['frobnicate', '--lang', 'zh']);
    expect(command).toMatchObject({ code: 2 });
    expect(command.out).toContain('未知的命令 "frobnicate"');
  });

  it('templates that fail to parse or render, and a broken meta file', async () => {
    const bad = [
      w.write('wrong-type.liquid', '{{ borrower.name | date_cn }}您好'),
      w.write('unknown-filter.liquid', '{{ borrower.name | nope }}您好'),
      w.write('unclosed.liquid', '{% if borrower.name %}您好'),
    ];
    const r = await chinese(['check', ...bad, '--lang', 'zh']);
    expect(r.out).toContain('过滤器 date_cn 需要日期');
    expect(r.out).toContain('未知的过滤器 nope');
    expect(r.out).toContain('没有闭合');
    w.write('broken-meta.liquid', '您好');
    w.write('broken-meta.meta.json', '{ "stage": }');
    const meta = await chinese(['check', w.path('broken-meta.liquid'), '--lang', 'zh']);
    expect(meta).toMatchObject({ code: 2 });
    expect(meta.out).toContain('不是有效的 JSON');
  });

  it('a broken pack and a pack of the wrong shape', async () => {
    const template = w.write('t.txt', '您好');
    const broken = await chinese(['check', template, '--lang', 'zh', '--pack', w.write('broken.json', BROKEN)]);
    expect(broken).toMatchObject({ code: 2 });
    expect(broken.out).toContain('不是有效的 JSON');
    const wrong = w.write('wrong.dunning-pack.json', { packVersion: 1, name: 5, overrides: { 'no-such-rule': 3 } });
    const shape = await chinese(['check', template, '--lang', 'zh', '--pack', wrong]);
    expect(shape).toMatchObject({ code: 2 });
  });

  it('a broken, a wrong-shape and a tampered bundle, and a bad trusted key', async () => {
    const broken = await chinese(['verify', w.write('broken.dunning.json', BROKEN), '--lang', 'zh']);
    expect(broken.code).toBeGreaterThan(0);
    const shape = await chinese(['verify', w.write('wrong.dunning.json', { format: 'x', version: 9 }), '--lang', 'zh']);
    expect(shape.out).toContain('无效');
    expect(shape.out).toContain('缺少此项');
    const signed = JSON.parse((await signedBundle(lawfulTemplates().slice(0, 1))).text);
    signed.templates[0].source += '。';
    const tampered = await chinese(['verify', w.write('tampered.dunning.json', signed), '--lang', 'zh']);
    expect(tampered).toMatchObject({ code: 1 });
    expect(tampered.out).toContain('发布包生成后被改动过');
    const key = w.write('bad.jwk', { kty: 'RSA' });
    const trust = await chinese(['verify', w.path('tampered.dunning.json'), '--trust', key, '--lang', 'zh']);
    expect(trust).toMatchObject({ code: 2 });
    expect(trust.out).toContain('应为 EC P-256 公钥');
  });

  it('the send dry-run: bad flags, a tampered bundle, a CSV without the columns', async () => {
    const csv = w.write('rows.csv', 'name,phone\n张三,139\n');
    const at = ['--at', '2026-12-02T10:00+08:00', '--lang', 'zh'];
    const tampered = await chinese(['dry-run', w.path('tampered.dunning.json'), csv, ...at]);
    expect(tampered).toMatchObject({ code: 2 });
    expect(tampered.out).toContain('未发送任何短信');
    const noAt = await chinese(['dry-run', w.path('tampered.dunning.json'), csv, '--lang', 'zh']);
    expect(noAt.out).toContain('--at 应为带时区的 ISO 日期时间');
    const signed = await signedBundle(lawfulTemplates().slice(0, 1));
    const bundle = w.write('intact.dunning.json', signed.text);
    const key = w.write('signer.jwk', signed.publicJwk);
    const header = await chinese(['dry-run', bundle, csv, '--trust', key, ...at]);
    expect(header).toMatchObject({ code: 2 });
    expect(header.out).toContain('被拒绝');
    const untrusted = await chinese(['dry-run', bundle, csv, '--allow-untrusted', ...at]);
    expect(untrusted.out).toContain('不受信任；因 --allow-untrusted 而接受');
  });
});
