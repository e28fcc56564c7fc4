import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import type { Rule, Ruleset } from '../../../src/core/rules/load';
import type { RuleExample } from '../../../src/core/rules/rule-schema';
import { defaultSamples } from '../../../src/core/samples/defaults';
import type { TemplateMeta } from '../../../src/core/types';

const ruleset = defaultRuleset();
const samples = defaultSamples();

const asTemplate = (e: RuleExample): { source: string; meta?: Partial<TemplateMeta> } =>
  typeof e === 'string'
    ? { source: e }
    : { source: e.source, ...(e.meta ? { meta: e.meta as Partial<TemplateMeta> } : {}) };

const label = (e: RuleExample): string => (typeof e === 'string' ? e : e.source).replace(/\s+/g, ' ').slice(0, 40);

function runAlone(rule: Rule, example: RuleExample) {
  const alone: Ruleset = { rules: [rule], problems: [] };
  const report = checkTemplate(asTemplate(example), { ruleset: alone, samples });
  const mine = report.findings.filter((f) => f.ruleId === rule.id);
  const broken = report.problems.filter(
    (p) => p.code === 'internal' || p.code === 'meta/invalid' || p.code === 'template/limit',
  );
  return { mine, broken };
}

describe('the rule pack in rules/', () => {
  it('loads without problems', () => {
    expect(ruleset.problems.map((p) => `${p.code} ${p.message}`)).toEqual([]);
  });

  for (const rule of ruleset.rules) {
    describe(rule.id, () => {
      it.each(rule.examples.pass.map((e) => [label(e), e] as const))(
        `${rule.id} reports nothing on pass example %s`,
        (_l, e) => {
          const { mine, broken } = runAlone(rule, e);
          expect(broken.map((p) => p.message)).toEqual([]);
          expect(mine.map((f) => `${f.sampleId ?? ''} ${f.match ?? ''} ${JSON.stringify(f.vars)}`)).toEqual([]);
        },
      );
      it.each(rule.examples.fail.map((e) => [label(e), e] as const))(
        `${rule.id} reports a finding on fail example %s`,
        (_l, e) => {
          const { mine, broken } = runAlone(rule, e);
          expect(broken.map((p) => p.message)).toEqual([]);
          expect(mine.length).toBeGreaterThan(0);
        },
      );
    });
  }
});
