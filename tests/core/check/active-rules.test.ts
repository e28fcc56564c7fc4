import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { loadRuleset, type Ruleset } from '../../../src/core/rules/load';
import { KINDS } from '../../../src/core/rules/kinds/index';
import { patternRule, termsRule } from '../rules/fixtures/rules';
import { SAMPLE } from '../rules/fixtures/sample';

function rules(files: Record<string, unknown>): Ruleset {
  const r = loadRuleset(Object.fromEntries(Object.entries(files).map(([id, f]) => [`rules/${id}.json`, f])));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.value;
}

const ruleIds = (source: string, ruleset: Ruleset, audience?: 'debtor' | 'contact'): string[] =>
  checkTemplate(
    { source, ...(audience ? { meta: { audience } } : {}) },
    { classifier: false, ruleset, samples: [SAMPLE] },
  ).findings.map((f) => f.ruleId);

describe('the rules a check runs', () => {
  it('runs a rule pushed into the same ruleset after an earlier check', () => {
    const rs = rules({ insult: termsRule({ terms: ['老赖'] }) });
    const extra = rules({ threat: termsRule({ terms: ['上门'] }) }).rules[0]!;
    expect(ruleIds('老赖，上门', rs)).toEqual(['insult']);
    rs.rules.push(extra);
    expect(ruleIds('老赖，上门', rs).sort()).toEqual(['insult', 'threat']);
  });

  it('runs the rule that replaced another in place', () => {
    const rs = rules({ insult: termsRule({ terms: ['老赖'] }) });
    expect(ruleIds('老赖，上门', rs)).toEqual(['insult']);
    rs.rules[0] = rules({ threat: termsRule({ terms: ['上门'] }) }).rules[0]!;
    expect(ruleIds('老赖，上门', rs)).toEqual(['threat']);
  });

  it('follows the audience of each check over the same ruleset', () => {
    const rs = rules({ contactonly: termsRule({ terms: ['老赖'] }, { appliesTo: { audience: ['contact'] } }) });
    expect(ruleIds('老赖', rs, 'contact')).toEqual(['contactonly']);
    expect(ruleIds('老赖', rs, 'debtor')).toEqual([]);
    expect(ruleIds('老赖', rs, 'contact')).toEqual(['contactonly']);
  });

  it('reports an unknown kind on every check, not only the first', () => {
    const rs = rules({ insult: termsRule({ terms: ['老赖'] }) });
    rs.rules.push({ ...rs.rules[0]!, id: 'ghost', kind: 'ghost' as never });
    const codes = () =>
      checkTemplate({ source: '您好' }, { classifier: false, ruleset: rs, samples: [SAMPLE] }).problems.map(
        (p) => p.code,
      );
    expect(codes()).toContain('rule/unknown-kind');
    expect(codes()).toContain('rule/unknown-kind');
  });

  it('runs a pattern rule only on texts its regexes may match (the prefilter gates it)', () => {
    const rs = rules({ boom: patternRule({ patterns: ['(?:你|您)的?家人\\p{Script=Han}{0,4}?知道'] }) });
    const kinds = {
      ...KINDS,
      pattern: {
        ...KINDS.pattern!,
        run: () => {
          throw new Error('ran');
        },
      },
    };
    const problems = (source: string) =>
      checkTemplate({ source }, { classifier: false, ruleset: rs, samples: [SAMPLE], kinds }).problems.map(
        (p) => p.code,
      );
    expect(problems('您的借款已逾期，请知悉')).toEqual([]);
    expect(problems('您的家人都知道了')).toEqual(['internal']);
  });
});
