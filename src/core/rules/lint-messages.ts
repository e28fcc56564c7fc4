import type { LintIssue } from '../match/lint-issue';
import { MESSAGE_PLACEHOLDERS } from './placeholders';
import type { RuleFile } from './rule-schema';

const KNOWN = new Set<string>(MESSAGE_PLACEHOLDERS);

/** Placeholders in a rule's messages that the engine never fills would show up literally. */
export function lintMessages(rule: RuleFile): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const lang of ['zh', 'en'] as const) {
    for (const m of rule.message[lang].matchAll(/\{(\w+)\}/g)) {
      const name = m[1] ?? '';
      if (!KNOWN.has(name)) {
        issues.push({
          code: 'rule/invalid',
          message: `unknown placeholder {${name}} (use ${[...KNOWN].map((k) => `{${k}}`).join(' ')})`,
          path: ['message', lang],
        });
      }
    }
  }
  return issues;
}
