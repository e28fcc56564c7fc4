import type { RegexList } from '../match/compiled-regex';
import type { CompiledRule } from '../rules/compiled';
import type { Rule } from '../rules/rule';

/** A rule with its compiled kind, ready to run. */
export interface ActiveRule {
  rule: Rule;
  entry: CompiledRule;
  /** the kind's gates for this rule (see `Kind.gates`): skipped on a normalised text none of them may match */
  gates?: readonly RegexList[];
  /** `gates` flattened by `gateSlots` (undefined: no gates, or one of their regexes always runs) */
  gate?: Int32Array;
}
