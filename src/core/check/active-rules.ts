import type { ResolvedMeta } from '../meta/schema';
import type { Problem } from '../result';
import { gateSlots } from '../match/prefilter';
import { compiledRule } from '../rules/compiled';
import type { KindRegistry } from '../rules/kinds/index';
import type { Rule, Ruleset } from '../rules/rule';
import type { ActiveRule } from './run-rules';

function compileActive(ruleset: Ruleset, meta: ResolvedMeta, kinds: KindRegistry): ActiveSet {
  const active: ActiveRule[] = [];
  const problems: Problem[] = [];
  for (const rule of ruleset.rules) {
    if (rule.appliesTo && !rule.appliesTo.audience.includes(meta.audience)) continue;
    try {
      const entry = compiledRule(rule, kinds);
      const gates = entry?.kind.gates?.(entry.compiled as never);
      const gate = gates ? gateSlots(gates) : undefined;
      if (entry) active.push(gates ? { rule, entry, gates, ...(gate ? { gate } : {}) } : { rule, entry });
      else
        problems.push({
          code: 'rule/unknown-kind',
          message: `rule ${rule.id}: unknown kind ${rule.kind}`,
          ruleId: rule.id,
        });
    } catch (e) {
      problems.push({
        code: 'internal',
        message: `rule ${rule.id} failed to compile: ${(e as Error).message}`,
        ruleId: rule.id,
      });
    }
  }
  const byTarget = (target: string): ActiveRule[] => active.filter((r) => r.rule.target === target);
  return { problems, source: byTarget('source'), output: byTarget('output'), meta: byTarget('meta') };
}

/** The rules that apply, by target, and the problems of those that cannot run. */
interface ActiveSet {
  problems: Problem[];
  source: ActiveRule[];
  output: ActiveRule[];
  meta: ActiveRule[];
}

interface ActiveEntry {
  kinds: KindRegistry;
  audience: ResolvedMeta['audience'];
  /** the rules array's elements when computed: a ruleset changed in place is computed again */
  rules: readonly Rule[];
  set: ActiveSet;
}

// NOTE: a check runs once per keystroke over the same ruleset; picking and looking up its compiled rules
// (70 WeakMap lookups) each time measured ~2 % of a check.
const activeCache = new WeakMap<readonly Rule[], ActiveEntry>();

/** The rules of `ruleset` that apply to `meta`'s audience, compiled and split by target (cached per ruleset). */
export function activeRules(ruleset: Ruleset, meta: ResolvedMeta, kinds: KindRegistry): ActiveSet {
  const rules = ruleset.rules;
  const hit = activeCache.get(rules);
  if (
    hit &&
    hit.kinds === kinds &&
    hit.audience === meta.audience &&
    hit.rules.length === rules.length &&
    hit.rules.every((r, i) => r === rules[i])
  )
    return hit.set;
  const set = compileActive(ruleset, meta, kinds);
  activeCache.set(rules, { kinds, audience: meta.audience, rules: [...rules], set });
  return set;
}
