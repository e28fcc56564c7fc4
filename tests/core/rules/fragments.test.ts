import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../../src/core/rules/load';
import { rulesetHash } from '../../../src/core/rules/ruleset-hash';
import { patternRule, termsRule } from './fixtures/rules';

const source = (text: string, note = 'a test fragment') => ({ note, source: text });
const list = (patterns: string[], note = 'a test list') => ({ note, patterns });
const patternsOf = (r: ReturnType<typeof loadRuleset>, id: string) => {
  const ruleset = r.ok ? r.value : r.partial;
  return (ruleset?.rules.find((x) => x.id === id)?.params as { patterns?: string[] } | undefined)?.patterns;
};

describe('regex fragments (rules/fragments/<name>.json, {{name}} in a regex list)', () => {
  it('expands a reference where it is written, before the params are validated', () => {
    const r = loadRuleset({
      'rules/fragments/negated.json': source('(?<!不会)'),
      'rules/x.json': patternRule({ patterns: ['{{negated}}上门', '老赖'] }),
    });
    expect(r.ok).toBe(true);
    expect(patternsOf(r, 'x')).toEqual(['(?<!不会)上门', '老赖']);
    expect(r.ok && r.value.fragments).toEqual({ negated: '(?<!不会)' });
  });

  it('loads the same rule, with the same ruleset hash, as the pattern written out', async () => {
    const withRef = loadRuleset({
      'rules/fragments/relatives.json': source('家人|父母'),
      'rules/x.json': patternRule({ patterns: ['告诉(?:{{relatives}}|同事)'] }),
    });
    const written = loadRuleset({ 'rules/x.json': patternRule({ patterns: ['告诉(?:家人|父母|同事)'] }) });
    expect(withRef.ok && written.ok).toBe(true);
    if (!withRef.ok || !written.ok) return;
    expect(withRef.value.rules).toEqual(written.value.rules);
    expect(await rulesetHash(withRef.value)).toBe(await rulesetHash(written.value));
  });

  it('expands fragments that use other fragments', () => {
    const r = loadRuleset({
      'rules/fragments/negators.json': source('不会|绝不'),
      'rules/fragments/negated.json': source('(?<!(?:{{negators}}){0,2})'),
      'rules/x.json': patternRule({ patterns: ['{{negated}}曝光'] }),
    });
    expect(r.ok).toBe(true);
    expect(patternsOf(r, 'x')).toEqual(['(?<!(?:不会|绝不){0,2})曝光']);
  });

  it('puts a list fragment’s patterns in place of an entry that is exactly its reference', () => {
    const r = loadRuleset({
      'rules/fragments/negated.json': source('(?<!不会)'),
      'rules/fragments/shared.json': list(['{{negated}}通知家人', '爆通讯录']),
      'rules/a.json': patternRule({ patterns: ['{{shared}}'] }),
      'rules/b.json': patternRule({ patterns: ['{{shared}}', '曝光'] }),
    });
    expect(r.ok).toBe(true);
    expect(patternsOf(r, 'a')).toEqual(['(?<!不会)通知家人', '爆通讯录']);
    expect(patternsOf(r, 'b')).toEqual(['(?<!不会)通知家人', '爆通讯录', '曝光']);
  });

  it('expands the regex lists of every kind that has them (conditional if/require)', () => {
    const rule = {
      ...patternRule(undefined),
      kind: 'conditional',
      params: { if: ['{{debt}}'], require: ['{{debt}}.{0,9}元'] },
      examples: { pass: ['您好', '欠款100元'], fail: ['欠款', '欠款请还'] },
    };
    const r = loadRuleset({ 'rules/fragments/debt.json': source('欠款'), 'rules/c.json': rule });
    expect(r.ok).toBe(true);
    const params = r.ok ? r.value.rules[0]?.params : undefined;
    expect(params).toEqual({ if: ['欠款'], require: ['欠款.{0,9}元'] });
  });

  it('leaves text that is not a regex list alone (a term is literal)', () => {
    const r = loadRuleset({
      'rules/fragments/x.json': source('老赖'),
      'rules/t.json': termsRule(
        { terms: ['{{x}}'] },
        { examples: { pass: ['您好', '谢谢'], fail: ['{{x}}', 'a{{x}}'] } },
      ),
    });
    expect(r.problems?.filter((p) => p.code.startsWith('fragment/')) ?? []).toEqual([]);
    expect((r.ok ? r.value.rules[0]?.params : undefined) as unknown).toEqual({ terms: ['{{x}}'] });
  });

  it('reports an unknown name at the rule’s JSON path and drops only that rule', () => {
    const r = loadRuleset({
      'rules/x.json': patternRule({ patterns: ['老赖', '{{negatd}}上门'] }),
      'rules/y.json': patternRule({ patterns: ['老赖'] }),
    });
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'fragment/unknown',
        file: 'rules/x.json',
        path: ['params', 'patterns', 1],
        ruleId: 'x',
        params: { name: 'negatd' },
        message: expect.stringContaining('no fragment “negatd”'),
      }),
    ]);
    expect(r.ok ? [] : r.partial?.rules.map((x) => x.id)).toEqual(['y']);
  });

  it('reports an unknown name inside a fragment at the fragment’s file; rules that use it are not loaded', () => {
    const r = loadRuleset({
      'rules/fragments/outer.json': source('(?:{{inner}})'),
      'rules/x.json': patternRule({ patterns: ['{{outer}}上门'] }),
    });
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'fragment/unknown', file: 'rules/fragments/outer.json', path: ['source'] }),
      expect.objectContaining({ code: 'fragment/broken', file: 'rules/x.json', path: ['params', 'patterns', 0] }),
    ]);
    expect(r.ok ? undefined : r.partial?.rules).toEqual([]);
  });

  it('reports a cycle with its chain, a self-reference too, and loads the fragments outside it', () => {
    const r = loadRuleset({
      'rules/fragments/a.json': source('x{{b}}'),
      'rules/fragments/b.json': source('y{{a}}'),
      'rules/fragments/me.json': list(['{{me}}']),
      'rules/fragments/fine.json': source('老赖'),
      'rules/x.json': patternRule({ patterns: ['{{fine}}'] }),
    });
    const cycles = (r.problems ?? []).filter((p) => p.code === 'fragment/cycle');
    expect(cycles).toEqual([
      expect.objectContaining({
        file: 'rules/fragments/b.json',
        path: ['source'],
        params: { name: 'a', chain: 'a → b → a' },
      }),
      expect.objectContaining({
        file: 'rules/fragments/me.json',
        path: ['patterns', 0],
        params: { name: 'me', chain: 'me → me' },
      }),
    ]);
    expect(r.problems).toContainEqual(
      expect.objectContaining({ code: 'fragment/broken', file: 'rules/fragments/a.json', params: { name: 'b' } }),
    );
    expect(r.ok ? undefined : r.partial?.fragments).toEqual({ fine: '老赖' });
    expect(patternsOf(r, 'x')).toEqual(['老赖']);
  });

  it('refuses a list fragment inside a pattern and a reference that is not a name', () => {
    const r = loadRuleset({
      'rules/fragments/shared.json': list(['通知家人']),
      'rules/x.json': patternRule({ patterns: ['(?:{{shared}})'] }),
      'rules/y.json': patternRule({ patterns: ['{{ Shared }}'] }),
    });
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'fragment/list-inline', file: 'rules/x.json', path: ['params', 'patterns', 0] }),
      expect.objectContaining({ code: 'fragment/bad-ref', file: 'rules/y.json', path: ['params', 'patterns', 0] }),
    ]);
  });

  it('validates fragment files with zod, naming the file and the JSON path', () => {
    const r = loadRuleset({
      'rules/fragments/both.json': { note: 'n', source: 'a', patterns: ['b'] },
      'rules/fragments/extra.json': { note: 'n', source: 'a', regex: 'b' },
      'rules/fragments/empty-note.json': { note: ' ', source: 'a' },
      'rules/fragments/broken.json': '{\n  "note": "n",\n  oops\n}',
      'rules/fragments/Bad_Name.json': source('a'),
    });
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'fragment/bad-name', file: 'rules/fragments/Bad_Name.json' }),
        expect.objectContaining({ code: 'fragment/invalid', file: 'rules/fragments/both.json', path: [] }),
        expect.objectContaining({ code: 'fragment/invalid', file: 'rules/fragments/extra.json', path: [] }),
        expect.objectContaining({ code: 'fragment/invalid', file: 'rules/fragments/empty-note.json', path: ['note'] }),
        expect.objectContaining({ code: 'fragment/json', file: 'rules/fragments/broken.json', line: 3 }),
      ]),
    );
    expect(r.problems).toHaveLength(5);
    expect((r.problems ?? []).find((p) => p.file === 'rules/fragments/extra.json')?.message).toMatch(/regex/);
  });

  it('reads a fragment in any fragments/ folder (a --rules folder) and reports one name defined twice', () => {
    const r = loadRuleset({
      'my-rules/fragments/neg.json': source('(?<!不会)'),
      'my-rules/more/fragments/neg.json': source('(?<!绝不)'),
      'my-rules/x.json': patternRule({ patterns: ['{{neg}}上门'] }),
    });
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'fragment/duplicate', file: 'my-rules/more/fragments/neg.json' }),
    ]);
    expect(patternsOf(r, 'x')).toEqual(['(?<!不会)上门']);
  });
});
