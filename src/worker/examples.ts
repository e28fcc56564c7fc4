import { checkTemplate, type Rule, type Sample, type TemplateMeta } from '../core/index';
import type { ExampleResult, RuleExampleInfo } from './protocol';

/** Problems that mean an example could not be checked at all (not a finding). */
const BROKEN = new Set(['internal', 'meta/invalid', 'template/limit']);

const asTemplate = (e: RuleExampleInfo): { source: string; meta?: Partial<TemplateMeta> } =>
  typeof e === 'string'
    ? { source: e }
    : { source: e.source, ...(e.meta ? { meta: e.meta as Partial<TemplateMeta> } : {}) };

/**
 * Runs a rule alone on each of its own examples, as the repo's rule tests do: a pass example must give no finding of
 * the rule, a fail example at least one, and neither may break the check.
 */
export function runExamples(rule: Rule, samples: Sample[]): ExampleResult[] {
  const alone = { rules: [rule], problems: [] };
  const run =
    (expect: 'pass' | 'fail') =>
    (example: RuleExampleInfo, index: number): ExampleResult => {
      const template = asTemplate(example);
      const report = checkTemplate(template, { ruleset: alone, samples });
      const hits = report.findings.filter((f) => f.ruleId === rule.id).length;
      const problems = report.problems.filter((p) => BROKEN.has(p.code));
      const ok = problems.length === 0 && (expect === 'pass' ? hits === 0 : hits > 0);
      return { ruleId: rule.id, expect, index, source: template.source, ok, hits, problems };
    };
  return [...rule.examples.pass.map(run('pass')), ...rule.examples.fail.map(run('fail'))];
}
