import type { LintIssue } from '../match/lint-issue';
import type { AnyKind } from './kinds/define-kind';
import { KINDS, type KindRegistry } from './kinds/index';
import type { Rule } from './rule';

export interface CompiledRule {
  kind: AnyKind;
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
  const kind = Object.hasOwn(registry, rule.kind) ? registry[rule.kind] : undefined;
  const entry = kind
    ? { kind, ...(kind.compile ? kind.compile(rule.params as never) : { compiled: undefined, issues: [] }) }
    : undefined;
  byRule.set(rule, entry);
  return entry;
}
