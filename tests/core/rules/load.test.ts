import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../../src/core/rules/load';
import { rulesetHash } from '../../../src/core/rules/ruleset-hash';
import { patternRule, termsRule } from './fixtures/rules';

const good = termsRule({ terms: ['老赖'] });

describe('loadRuleset', () => {
  it('loads valid rules with the file name as id, sorted by id', () => {
    const r = loadRuleset({ 'rules/b-rule.json': good, 'rules/a-rule.json': good });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.rules.map((x) => x.id)).toEqual(['a-rule', 'b-rule']);
  });

  it('ignores paths that are not .json files', () => {
    const r = loadRuleset({ 'rules/README.md': '# kinds', 'rules/x.json': good });
    expect(r.ok).toBe(true);
  });

  it('reports a JSON syntax error with line and column and keeps the other rules', () => {
    const r = loadRuleset({
      'rules/broken.json': '{\n  "kind": "terms",\n  oops\n}',
      'rules/fine.json': JSON.stringify(good),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'rule/json', file: 'rules/broken.json', line: 3 });
    expect(r.problems[0]?.column).toBeGreaterThan(0);
    expect(r.partial?.rules.map((x) => x.id)).toEqual(['fine']);
    expect(r.partial?.problems).toEqual(r.problems);
  });

  it.each([
    ['an unknown key', { ...good, colour: 'red' }, 'rule/invalid', []],
    ['a missing basis', { ...good, basis: [] }, 'rule/invalid', ['basis']],
    [
      'one pass example only',
      { ...good, examples: { pass: ['a'], fail: ['b', 'c'] } },
      'rule/invalid',
      ['examples', 'pass'],
    ],
    ['an unknown params key', termsRule({ terms: ['x'], colour: 1 }), 'rule/invalid', ['params']],
    ['an empty term list', termsRule({ terms: [] }), 'rule/invalid', ['params', 'terms']],
    ['an unknown kind', { ...good, kind: 'magic' }, 'rule/unknown-kind', ['kind']],
    ['a target that does not fit the kind', { ...good, target: 'meta' }, 'rule/bad-target', ['target']],
    [
      'a regex that does not compile',
      patternRule({ patterns: ['ok', '(unclosed'] }),
      'rule/bad-regex',
      ['params', 'patterns', 1],
    ],
    [
      'a regex that matches the empty string',
      patternRule({ patterns: ['a*'] }),
      'rule/bad-regex',
      ['params', 'patterns', 0],
    ],
    ['a term that normalises to nothing', termsRule({ terms: ['\u200b'] }), 'rule/empty-term', ['params', 'terms', 0]],
    [
      'an unknown message placeholder',
      { ...good, message: { zh: '{oops}', en: 'x' } },
      'rule/invalid',
      ['message', 'zh'],
    ],
  ])('reports %s', (_name, file, code, path) => {
    const r = loadRuleset({ 'rules/the-rule.json': file });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toContain(code);
    const p = r.problems.find((x) => x.code === code);
    expect(p?.file).toBe('rules/the-rule.json');
    expect(p?.ruleId).toBe('the-rule');
    expect(p?.path?.slice(0, path.length)).toEqual(path);
    expect(r.partial?.rules).toEqual([]);
  });

  it.each([
    [
      'a dead allow phrase (terms)',
      termsRule({ terms: ['诉讼'], allow: ['依法维权'] }),
      'rule/dead-allow',
      ['params', 'allow', 0],
    ],
    [
      'a dead allow phrase (pattern)',
      patternRule({ patterns: ['已.{0,4}起诉'], allow: ['依法维权'] }),
      'rule/dead-allow',
      ['params', 'allow', 0],
    ],
    [
      'an uppercase regex on lower-cased text',
      patternRule({ patterns: ['APP'] }),
      'rule/dead-pattern',
      ['params', 'patterns', 0],
    ],
  ])('lints %s but keeps the rule', (_name, file, code, path) => {
    const r = loadRuleset({ 'rules/the-rule.json': file });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([[code, path]]);
    expect(r.partial?.rules.map((x) => x.id)).toEqual(['the-rule']);
  });

  it('does not lint escapes, classes or named groups as uppercase', () => {
    const r = loadRuleset({
      'rules/x.json': patternRule({ patterns: ['\\d{1,5}\\S(?<Num>[A-Z0-9])\\p{Script=Han}'] }),
    });
    expect(r.ok).toBe(true);
  });

  it('reports a rule id that is not kebab-case', () => {
    const r = loadRuleset({ 'rules/Bad_Name.json': good });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['rule/bad-id']);
  });

  it('reports a duplicate id from another folder and keeps the first', () => {
    const r = loadRuleset({ 'a/dup.json': good, 'b/dup.json': termsRule({ terms: ['别的'] }) });
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.file])).toEqual([['rule/duplicate-id', 'b/dup.json']]);
    if (!r.ok) expect(r.partial?.rules.map((x) => x.file)).toEqual(['a/dup.json']);
  });
});

describe('rulesetHash', () => {
  it('is independent of file paths and order, and changes with content', async () => {
    const a = loadRuleset({ 'x/one.json': good, 'x/two.json': good });
    const b = loadRuleset({ 'y/two.json': good, 'y/one.json': good });
    const c = loadRuleset({ 'x/one.json': good, 'x/two.json': termsRule({ terms: ['别的'] }) });
    if (!a.ok || !b.ok || !c.ok) throw new Error('fixtures must load');
    const [ha, hb, hc] = await Promise.all([rulesetHash(a.value), rulesetHash(b.value), rulesetHash(c.value)]);
    expect(ha).toMatch(/^[0-9a-f]{64}$/);
    expect(ha).toBe(hb);
    expect(ha).not.toBe(hc);
  });
});
