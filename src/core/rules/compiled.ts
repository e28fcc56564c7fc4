import { KINDS } from './kinds/index';
import type { KindDef, KindRegistry, LintIssue } from './kinds/kind';
import type { Rule } from './load';

export interface CompiledRule {
  def: KindDef;
  compiled: unknown;
  issues: LintIssue[];
}

const cache = new WeakMap<KindRegistry, WeakMap<Rule, CompiledRule | undefined>>();

/**
 * The rule's kind with its precompiled matchers, built once per Rule object and cached
 * (so a ruleset stays plain, cloneable data). `undefined` when the kind is not in the registry.
 */
export function compiledRule(rule: Rule, registry: KindRegistry = KINDS): CompiledRule | undefined {
  let byRule = cache.get(registry);
  if (!byRule) {
    byRule = new WeakMap();
    cache.set(registry, byRule);
  }
  if (byRule.has(rule)) return byRule.get(rule);
  const def = Object.hasOwn(registry, rule.kind) ? registry[rule.kind] : undefined;
  const entry = def
    ? { def, ...(def.compile ? def.compile(rule.params, rule.target) : { compiled: undefined, issues: [] }) }
    : undefined;
  byRule.set(rule, entry);
  return entry;
}
