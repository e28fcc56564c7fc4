import { canonicalJson, type RulePack } from '../../core/model';

/** One difference between two packs: a rule's override, params or examples, an own term list, the elements, the name. */
export interface PackDiffItem {
  /** `overrides.<ruleId>`, `params.<ruleId>`, `examples.<ruleId>`, `terms.<id>`, `elements`, `name` */
  key: string;
  section: 'overrides' | 'params' | 'examples' | 'terms' | 'elements' | 'name';
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  /** the reason the newer pack gives for it, if any */
  reason: string;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);
const reasonOf = (v: unknown): string =>
  typeof v === 'object' && v !== null && 'reason' in v && typeof v.reason === 'string' ? v.reason : '';

function diffRecord(
  section: PackDiffItem['section'],
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): PackDiffItem[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return keys.flatMap((id): PackDiffItem[] => {
    const a = before?.[id];
    const b = after?.[id];
    if (same(a, b)) return [];
    const change = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    return [
      {
        key: `${section}.${id}`,
        section,
        change,
        ...(a === undefined ? {} : { before: a }),
        ...(b === undefined ? {} : { after: b }),
        reason: reasonOf(b),
      },
    ];
  });
}

/** What changed from `before` (no pack: undefined) to `after`, in a stable order; the revision number is left out. */
export function diffPacks(before: RulePack | undefined, after: RulePack | undefined): PackDiffItem[] {
  const items: PackDiffItem[] = [];
  if (before && after && before.name !== after.name) {
    items.push({ key: 'name', section: 'name', change: 'changed', before: before.name, after: after.name, reason: '' });
  }
  items.push(...diffRecord('overrides', before?.overrides, after?.overrides));
  items.push(...diffRecord('params', before?.params, after?.params));
  const terms = (p: RulePack | undefined) => Object.fromEntries((p?.terms ?? []).map((t) => [t.id, t]));
  items.push(...diffRecord('terms', terms(before), terms(after)));
  items.push(
    ...diffRecord('elements', { elements: before?.elements }, { elements: after?.elements }).map((i) => ({
      ...i,
      key: 'elements',
    })),
  );
  items.push(...diffRecord('examples', before?.examples, after?.examples));
  return items;
}
