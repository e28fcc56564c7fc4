import { instrumentOf, type Category, type Severity } from '../../core/model';
import type { RuleInfo } from '../../worker/protocol';

/** What the catalog shows: a search text and filters ('' = any). */
export interface RuleFilter {
  query: string;
  category: Category | '';
  /** the effective severity */
  severity: Severity | 'off' | '';
  /** a legal basis source (instrument), as written in the rules */
  source: string;
}

export const NO_FILTER: RuleFilter = { query: '', category: '', severity: '', source: '' };

const haystack = (r: RuleInfo): string =>
  [
    r.id,
    r.title.zh,
    r.title.en,
    r.message.zh,
    r.message.en,
    ...r.basis.flatMap((b) => [b.source, instrumentOf(b.source)?.gloss ?? '', b.article ?? '', b.note ?? '']),
    JSON.stringify(r.params ?? null),
  ]
    .join('\n')
    .toLowerCase();

/** The rules that match every filter; the query matches id, words, basis and params (e.g. a banned term). */
export function filterRules(rules: readonly RuleInfo[], f: RuleFilter): RuleInfo[] {
  const words = f.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rules.filter(
    (r) =>
      (f.category === '' || r.category === f.category) &&
      (f.severity === '' || r.severity === f.severity) &&
      (f.source === '' || r.basis.some((b) => b.source === f.source)) &&
      (words.length === 0 || ((text) => words.every((w) => text.includes(w)))(haystack(r))),
  );
}

/** Every legal basis source the rules cite, most cited first (then by name). */
export function instruments(rules: readonly RuleInfo[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rules) for (const s of new Set(r.basis.map((b) => b.source))) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')).map(([s]) => s);
}
