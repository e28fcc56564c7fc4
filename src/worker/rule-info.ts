import type { Rule, Ruleset } from '../core/index';
import type { RuleInfo } from './protocol';

function info(rule: Rule, severity: RuleInfo['severity'], base: Rule | undefined): RuleInfo {
  return {
    id: rule.id,
    title: { ...rule.title },
    message: { ...rule.message },
    category: rule.category,
    kind: rule.kind,
    target: rule.target,
    basis: rule.basis.map((b) => ({ ...b })),
    ...(base ? { defaultSeverity: base.severity } : {}),
    severity,
    origin: base ? 'repo' : 'pack',
    params: structuredClone(rule.params),
    ...(rule.appliesTo ? { appliesTo: { audience: [...rule.appliesTo.audience] } } : {}),
    ...(rule.suggest === undefined ? {} : { suggest: rule.suggest }),
    examples: structuredClone(rule.examples),
  };
}

/**
 * Every rule for the rule catalog, sorted by id: each repo rule as checks use it now (severity `off` when the pack
 * removed it, then with its repo params and examples), and each of the organisation's own rules.
 */
export function ruleInfos(base: Ruleset, effective: Ruleset): RuleInfo[] {
  const repo = new Map(base.rules.map((r) => [r.id, r]));
  const now = new Map(effective.rules.map((r) => [r.id, r]));
  const out: RuleInfo[] = [];
  for (const rule of base.rules) {
    const current = now.get(rule.id);
    out.push(current ? info(current, current.severity, rule) : info(rule, 'off', rule));
  }
  for (const rule of effective.rules) if (!repo.has(rule.id)) out.push(info(rule, rule.severity, undefined));
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
