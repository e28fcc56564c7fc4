import { describe, expect, it } from 'vitest';
import {
  applyPackTo,
  checkTemplate,
  defaultRuleset,
  loadRuleset,
  rulesetHash,
  type Ruleset,
} from '../../../src/core/index';
import { SAMPLE } from '../rules/fixtures/sample';

const base = { packVersion: 1, name: '钱站法务规则包', revision: 1 };
const RULE = 'moralising-wording';
const withPatterns = (patterns: string[]) => ({
  ...base,
  params: { [RULE]: { patterns, reason: '法务收窄说教措辞' } },
});

const rulesetOf = (r: ReturnType<typeof applyPackTo>): Ruleset => (r.ok ? r.value : r.partial!);
const hits = (ruleset: Ruleset, source: string) =>
  checkTemplate({ source, meta: { audience: 'debtor', stage: 'D+3' } }, { ruleset, samples: [SAMPLE] }).findings.filter(
    (f) => f.ruleId === RULE,
  );

describe('a rule pack’s patterns and the repo’s fragments', () => {
  it('a param change may use the repo’s fragments; the rule gets them expanded', async () => {
    const applied = applyPackTo(defaultRuleset(), withPatterns(['{{negated}}老赖']));
    expect(applied.problems ?? []).toEqual([]);
    const ruleset = rulesetOf(applied);
    const patterns = (ruleset.rules.find((r) => r.id === RULE)?.params as { patterns: string[] }).patterns;
    expect(patterns).toEqual([`${defaultRuleset().fragments?.['negated']}老赖`]);
    expect(patterns[0]).not.toContain('{{');
    expect(hits(ruleset, '【钱站】你就是个老赖，请尽快还款。')).toHaveLength(1);
    expect(hits(ruleset, '【钱站】我们不会称您为老赖，请尽快还款。')).toHaveLength(0);
    expect(await rulesetHash(ruleset)).not.toBe(await rulesetHash(defaultRuleset()));
  });

  it('works the same on a ruleset that went through JSON (a build’s seeded rules carry their fragments)', () => {
    const seeded = JSON.parse(JSON.stringify(defaultRuleset())) as Ruleset;
    const applied = applyPackTo(seeded, withPatterns(['{{negated}}老赖']));
    expect(applied.ok).toBe(true);
    expect(hits(rulesetOf(applied), '【钱站】你就是个老赖，请尽快还款。')).toHaveLength(1);
  });

  it('an unknown fragment name is a pack problem at its JSON path; the rule keeps its own patterns', () => {
    const applied = applyPackTo(defaultRuleset(), withPatterns(['老赖', '{{negatd}}老赖']));
    expect(applied.ok).toBe(false);
    expect(applied.problems).toEqual([
      expect.objectContaining({
        code: 'fragment/unknown',
        file: 'pack',
        path: ['params', RULE, 'patterns', 1],
        ruleId: RULE,
        params: { name: 'negatd' },
        message: expect.stringContaining('no fragment “negatd”'),
      }),
    ]);
    const before = defaultRuleset().rules.find((r) => r.id === RULE);
    expect(rulesetOf(applied).rules.find((r) => r.id === RULE)).toBe(before);
  });

  it('rules loaded without a fragments/ folder give a pack that names a fragment a clear problem', () => {
    const files = Object.fromEntries(
      defaultRuleset().rules.map(({ id, file: _f, ...rule }) => [`rules/${id}.json`, rule]),
    );
    const loaded = loadRuleset(files, withPatterns(['{{negated}}老赖']));
    expect(loaded.problems).toEqual([
      expect.objectContaining({ code: 'fragment/unknown', path: ['params', RULE, 'patterns', 0] }),
    ]);
  });

  it('a pack without fragment names applies as before, and leaves the ruleset’s fragments for the next pack', () => {
    const applied = applyPackTo(defaultRuleset(), withPatterns(['说教']));
    expect(applied.ok).toBe(true);
    expect(rulesetOf(applied).fragments).toBe(defaultRuleset().fragments);
    expect(hits(rulesetOf(applied), '【钱站】不要说教，请尽快还款。')).toHaveLength(1);
  });
});
