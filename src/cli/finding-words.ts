import type { Finding, Ruleset } from '../core/index';
import { MISSING_VALUE } from '../core/check/builtin';
import { formatFinding, type MessageSource } from '../core/check/format-finding';
import type { Lang } from './lang';

/** The rules (and built-in finding sources) of a run, by id: their titles, messages and categories. */
export function findingSources(ruleset: Ruleset): Map<string, MessageSource & { id: string; category: string }> {
  return new Map([...ruleset.rules, MISSING_VALUE].map((r) => [r.id, r]));
}

/** Says a finding in `lang` with the words of its rule (the rule id when the rule is unknown). */
export function findingWords(sources: ReadonlyMap<string, MessageSource>, lang: Lang): (f: Finding) => string {
  return (f) => formatFinding(f, sources.get(f.messageId), lang).message;
}
