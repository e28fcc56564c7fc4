import type { OrgTerms, RulePack, Severity } from '../../core/model';

/** The sections of a pack an edit can change. */
type Sections = Pick<RulePack, 'overrides' | 'terms' | 'elements' | 'params' | 'examples'>;
type Elements = NonNullable<RulePack['elements']>;
type Examples = NonNullable<RulePack['examples']>[string];

/** A pack with no decisions yet: the repo's rules as they are. */
export const emptyPack = (name: string): RulePack => ({ packVersion: 1, name, revision: 0 });

/** `record` with `key` set to `value`, or removed when `value` is undefined; undefined when nothing is left. */
function withKey<T>(
  record: Record<string, T> | undefined,
  key: string,
  value: T | undefined,
): Record<string, T> | undefined {
  const next = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}

/** The pack with a section replaced; an empty section is left out (the schema keeps packs minimal). */
function withSection<K extends keyof Sections>(pack: RulePack, key: K, value: Sections[K] | undefined): RulePack {
  const next: RulePack = { ...pack };
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

/** Sets a rule's severity (`off` removes it from checks) with who, when and why; `undefined`: back to the repo's. */
export function setSeverity(
  pack: RulePack,
  ruleId: string,
  change: { severity: Severity | 'off'; reason: string; by: string; at: string } | undefined,
): RulePack {
  const value = change ? { ...change, reason: change.reason.trim() } : undefined;
  return withSection(pack, 'overrides', withKey(pack.overrides, ruleId, value));
}

/** Sets new values for some of a rule's params and why; `undefined`: back to the repo's params. */
export function setParams(
  pack: RulePack,
  ruleId: string,
  params: Record<string, unknown> | undefined,
  reason = '',
): RulePack {
  const value = params ? { ...params, reason: reason.trim() } : undefined;
  return withSection(pack, 'params', withKey(pack.params, ruleId, value));
}

/** Adds or replaces (by id) one of the organisation's own term lists; `remove` drops it. */
export function setTerms(pack: RulePack, terms: OrgTerms, remove = false): RulePack {
  const others = (pack.terms ?? []).filter((t) => t.id !== terms.id);
  return withSection(pack, 'terms', remove ? others : [...others, terms].sort((a, b) => (a.id < b.id ? -1 : 1)));
}

/** Sets the organisation's signatures, hotlines, channels and objection channels; empty lists are left out. */
export function setElements(pack: RulePack, elements: Elements): RulePack {
  const next: Elements = {};
  for (const key of ['signatures', 'hotlines', 'channels', 'objection'] as const) {
    const list = (elements[key] ?? []).map((s) => s.trim()).filter(Boolean);
    if (list.length > 0) next[key] = list;
  }
  const any = Object.keys(next).length > 0;
  if (any && elements.reason?.trim()) next.reason = elements.reason.trim();
  return withSection(pack, 'elements', any ? next : undefined);
}

/** Sets the extra pass/fail examples of a rule; empty: none. */
export function setExamples(pack: RulePack, ruleId: string, examples: Examples): RulePack {
  const pass = (examples.pass ?? []).filter((s) => s.trim() !== '');
  const fail = (examples.fail ?? []).filter((s) => s.trim() !== '');
  const value =
    pass.length + fail.length > 0 ? { ...(pass.length ? { pass } : {}), ...(fail.length ? { fail } : {}) } : undefined;
  return withSection(pack, 'examples', withKey(pack.examples, ruleId, value));
}

/** Lines of a textarea as a list (blank lines dropped). */
export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The rule ids whose behaviour or examples a pack touches (their own examples must pass before it is saved). */
export function touchedRules(pack: RulePack, requiredRuleIds: readonly string[]): string[] {
  const ids = new Set([
    ...Object.keys(pack.params ?? {}),
    ...Object.keys(pack.examples ?? {}),
    ...(pack.terms ?? []).map((t) => t.id),
    ...(pack.elements ? requiredRuleIds : []),
  ]);
  for (const [id, o] of Object.entries(pack.overrides ?? {})) if (o.severity === 'off') ids.delete(id);
  return [...ids].sort();
}
