import type { Problem } from '../../core/model';
import type { MessageKey } from '../i18n/messages';
import { problemMessage } from '../i18n/problems';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const isKey = (key: string, known: Readonly<Record<string, string>>): key is MessageKey => key in known;

/**
 * A problem in the UI language: the `problem.<code>` message when there is one (with `{rule}` = its ruleId),
 * else the problem worded from its code and data (`formatProblem`).
 */
export function problemText(p: Problem, t: Translate, known: Readonly<Record<string, string>>): string {
  const key = `problem.${p.code}`;
  return isKey(key, known) ? t(key, { rule: p.ruleId ?? '' }) : problemMessage(p);
}

/** Rule titles by id, from the findings of a report (ids without a finding map to themselves). */
export function ruleTitles(findings: readonly { ruleId: string; title?: string }[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const f of findings) if (f.title && !titles.has(f.ruleId)) titles.set(f.ruleId, f.title);
  return titles;
}
