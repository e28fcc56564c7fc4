import type { OrgTerms, RulePack, Severity } from '../../core/model';
import type { PackRevision } from '../../storage/index';
import type { RuleInfo } from '../../worker/protocol';

export const ELEMENT_FIELDS = ['signatures', 'hotlines', 'channels', 'objection'] as const;
export type ElementField = (typeof ELEMENT_FIELDS)[number];

/** One change a rule pack has in force, as the report lists it: what, why, who and when. */
export interface OverrideRow {
  /** `overrides.<ruleId>`, `params.<ruleId>`, `terms.<id>`, `elements`, `examples.<ruleId>` (as in the pack history) */
  key: string;
  section: 'overrides' | 'params' | 'terms' | 'elements' | 'examples';
  /** the rule (an own term list's id for `terms`) */
  ruleId?: string;
  title?: { zh: string; en: string };
  severity?: { from?: Severity; to: Severity | 'off' };
  params?: { name: string; value: unknown }[];
  terms?: OrgTerms;
  elements?: { field: ElementField; values: string[] }[];
  examples?: { pass: number; fail: number };
  reason: string;
  /** who and when: the override's own, else the last revision up to the pack's that made this change */
  by?: string;
  at?: string;
}

type RuleFacts = Pick<RuleInfo, 'id' | 'title' | 'defaultSeverity'>;

/** The last revision up to `upTo` whose changes touch `key` (not removing it). */
function madeBy(history: readonly PackRevision[], key: string, upTo: number): PackRevision | undefined {
  return history
    .filter((r) => r.revision <= upTo && r.changes.some((c) => c.key === key && c.change !== 'removed'))
    .reduce<PackRevision | undefined>((last, r) => (!last || r.revision > last.revision ? r : last), undefined);
}

/**
 * Every change `pack` has in force, in a stable order (severities, parameters, own terms, elements, examples), each
 * with its reason and who decided it when; rule titles and default severities come from `rules`.
 */
export function packOverrideRows(
  pack: RulePack,
  history: readonly PackRevision[],
  rules: readonly RuleFacts[],
): OverrideRow[] {
  const ruleOf = new Map(rules.map((r) => [r.id, r]));
  const who = (key: string, reason: string): Pick<OverrideRow, 'reason' | 'by' | 'at'> => {
    const r = madeBy(history, key, pack.revision);
    const why = reason || (r?.changes.find((c) => c.key === key)?.reason ?? '');
    return r ? { reason: why, by: r.by, at: r.at } : { reason: why };
  };
  const rule = (id: string): Pick<OverrideRow, 'ruleId' | 'title'> => {
    const title = ruleOf.get(id)?.title;
    return title ? { ruleId: id, title } : { ruleId: id };
  };
  const sorted = <T>(record: Record<string, T> | undefined): [string, T][] =>
    Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const rows: OverrideRow[] = [];
  for (const [id, o] of sorted(pack.overrides)) {
    const from = ruleOf.get(id)?.defaultSeverity;
    rows.push({
      key: `overrides.${id}`,
      section: 'overrides',
      ...rule(id),
      severity: from ? { from, to: o.severity } : { to: o.severity },
      reason: o.reason,
      by: o.by,
      at: o.at,
    });
  }
  for (const [id, change] of sorted(pack.params)) {
    const { reason, ...values } = change;
    const params = Object.entries(values).map(([name, value]) => ({ name, value }));
    rows.push({ key: `params.${id}`, section: 'params', ...rule(id), params, ...who(`params.${id}`, reason) });
  }
  for (const terms of [...(pack.terms ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const title = terms.title ? { title: terms.title } : {};
    const key = `terms.${terms.id}`;
    rows.push({ key, section: 'terms', ruleId: terms.id, ...title, terms, ...who(key, terms.reason) });
  }
  const el = pack.elements;
  const elements = ELEMENT_FIELDS.flatMap((field) => (el?.[field]?.length ? [{ field, values: el[field] }] : []));
  if (elements.length > 0)
    rows.push({ key: 'elements', section: 'elements', elements, ...who('elements', el?.reason ?? '') });
  for (const [id, ex] of sorted(pack.examples)) {
    const examples = { pass: ex.pass?.length ?? 0, fail: ex.fail?.length ?? 0 };
    rows.push({ key: `examples.${id}`, section: 'examples', ...rule(id), examples, ...who(`examples.${id}`, '') });
  }
  return rows;
}
