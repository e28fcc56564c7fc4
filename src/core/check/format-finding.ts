import type { Finding } from '../types';

/** The languages findings and the UI are said in. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The words of a rule (or built-in message) in both languages: what `formatFinding` needs of it. */
export interface MessageSource {
  title: { zh: string; en: string };
  message: { zh: string; en: string };
}

/** `{sample}`: one id, a few ids, or a count — the full list is in `sampleIds`. */
function sampleLabel(ids: readonly string[], lang: Lang, sampleCount: number): string {
  const sep = lang === 'zh' ? '、' : ', ';
  if (ids.length > 1 && ids.length === sampleCount) {
    return lang === 'zh' ? `（全部${ids.length}个）` : `(all ${ids.length})`;
  }
  if (ids.length <= 3) return ids.join(sep);
  const shown = ids.slice(0, 3).join(sep);
  return lang === 'zh' ? `${shown}等${ids.length}个` : `${shown} and ${ids.length - 3} more`;
}

const PLACEHOLDER = /\{(match|value|variable|sample|limit)\}/g;

/**
 * A finding in words: its rule's title and message in `lang` with the placeholders filled from `finding.vars`.
 * Pure and tiny, so the UI main thread, the report and the CLI printers all say a finding the same way.
 * Without a message source (an unknown rule id), the rule id stands in for the title and the matched text for the
 * message.
 */
export function formatFinding(
  finding: Pick<Finding, 'ruleId' | 'vars' | 'sampleIds' | 'variable' | 'match'>,
  source: MessageSource | undefined,
  lang: Lang,
): { title: string; message: string } {
  if (!source) return { title: finding.ruleId, message: finding.vars.match ?? finding.match ?? '' };
  const v = finding.vars;
  const ids = finding.sampleIds ?? [];
  const values: Record<string, string> = {
    match: v.match ?? '',
    variable: v.variable ?? finding.variable ?? '',
    sample: v.sample !== undefined && ids.length <= 1 ? v.sample : sampleLabel(ids, lang, v.sampleCount ?? 0),
    value: v.value ?? '',
    limit: v.limit ?? '',
  };
  return {
    title: source.title[lang],
    message: source.message[lang].replace(PLACEHOLDER, (_, name: string) => values[name] ?? ''),
  };
}
