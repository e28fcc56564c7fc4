import type { Problem } from '../result';
import type { RulePack } from '../pack/schema';
import type { Fragments } from './fragments/schema';
import type { RuleFile } from './rule-schema';

/** A validated rule: the file's fields (params validated by its kind) plus its id and file. */
export interface Rule extends RuleFile {
  /** the file name without `.json` (kebab-case) */
  id: string;
  /** the path it was loaded from (not part of the ruleset hash) */
  file: string;
}

/** Valid rules sorted by id, and the load problems of the files that were rejected or linted. */
export interface Ruleset {
  rules: Rule[];
  /** load problems; checkTemplate reports them, so a broken rule pack never passes silently */
  problems: Problem[];
  /** the organisation's overlay applied to these rules, if any (covered by `rulesetHash`) */
  pack?: RulePack;
  /**
   * the resolved fragments the rule files could use (`rules/fragments/`), so a pack's patterns may use them too;
   * not covered by `rulesetHash`: the rules hold their patterns expanded
   */
  fragments?: Fragments;
}
