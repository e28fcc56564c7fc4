import { BUILTIN_MESSAGES, formatFinding, messageSources, type Finding, type Ruleset } from '../core/index';
import type { Lang } from './lang';
import type { RuleInfo } from './print-sarif';

/** Says a finding in `lang` with the words of its rule or built-in message (the rule id when unknown). */
export function findingWords(ruleset: Ruleset, lang: Lang): (f: Finding) => string {
  const sources = messageSources(ruleset);
  return (f) => formatFinding(f, sources[f.messageId], lang).message;
}

/** The SARIF rule descriptions of a run: its rules (with their category) and the built-in findings. */
export function ruleInfo(ruleset: Ruleset, lang: Lang): Map<string, RuleInfo> {
  const builtins = Object.entries(BUILTIN_MESSAGES).map(([id, m]): RuleInfo => ({ id, title: m.title[lang] }));
  const rules = ruleset.rules.map((r): RuleInfo => ({ id: r.id, title: r.title[lang], category: r.category }));
  return new Map([...builtins, ...rules].map((info) => [info.id, info]));
}
