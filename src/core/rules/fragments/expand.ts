import { FRAGMENT_NAME_RE } from './schema';

/**
 * A reference to a fragment inside a pattern: `{{name}}`. It cannot be regex syntax: patterns compile with the `u`
 * flag, where a literal brace must be written `\{`, so an unescaped `{{` is never a valid pattern.
 */
const REF = /\{\{([^{}]*)\}\}/g;
const WHOLE_REF = /^\{\{([^{}]*)\}\}$/;

/** What a name stands for where it is used: its expansion, or why there is none (`chain`: the names of a cycle). */
export type Resolved =
  | { value: string | readonly string[] }
  | { missing: 'unknown' | 'broken' }
  | { missing: 'cycle'; chain: readonly string[] };

export type Lookup = (name: string) => Resolved;

/** A reference that could not be expanded, at its JSON path inside the file that wrote it. */
export interface ExpandIssue {
  code: string;
  message: string;
  path: (string | number)[];
  params: Record<string, string>;
}

function refIssue(name: string, found: Resolved, path: (string | number)[]): ExpandIssue | undefined {
  if (!FRAGMENT_NAME_RE.test(name)) {
    const message = `“{{${name}}}” is not a fragment reference (a fragment name is kebab-case)`;
    return { code: 'fragment/bad-ref', message, path, params: { name } };
  }
  if (!('missing' in found)) return undefined;
  if (found.missing === 'cycle') {
    const chain = found.chain.join(' → ');
    const message = `fragments refer to each other in a cycle: ${chain}`;
    return { code: 'fragment/cycle', message, path, params: { name, chain } };
  }
  if (found.missing === 'broken') {
    const message = `fragment “${name}” has problems of its own (see its file)`;
    return { code: 'fragment/broken', message, path, params: { name } };
  }
  const message = `no fragment “${name}” (a fragment is fragments/${name}.json beside the rules)`;
  return { code: 'fragment/unknown', message, path, params: { name } };
}

/** A pattern (or a fragment's source) with every `{{name}}` replaced by that fragment's source. */
export function expandSource(
  source: string,
  path: (string | number)[],
  lookup: Lookup,
): { value: string; issues: ExpandIssue[] } {
  const issues: ExpandIssue[] = [];
  const value = source.replace(REF, (ref, name: string) => {
    const found = FRAGMENT_NAME_RE.test(name) ? lookup(name) : { missing: 'unknown' as const };
    const issue = refIssue(name, found, path);
    if (issue) issues.push(issue);
    else if ('value' in found && typeof found.value !== 'string') {
      const message = `fragment “${name}” is a list of patterns: write it as a whole list entry “{{${name}}}”`;
      issues.push({ code: 'fragment/list-inline', message, path, params: { name } });
    } else if ('value' in found) return found.value as string;
    return ref;
  });
  return { value, issues };
}

/**
 * A list of patterns with its references expanded: an entry that is exactly `{{name}}` of a list fragment becomes
 * that fragment's patterns (in place, so later indices move); every other string is expanded with `expandSource`.
 * Entries that are not strings are kept for the caller's schema to reject.
 */
export function expandList(
  list: readonly unknown[],
  path: (string | number)[],
  lookup: Lookup,
): { value: unknown[]; issues: ExpandIssue[] } {
  const issues: ExpandIssue[] = [];
  const value: unknown[] = [];
  list.forEach((entry, i) => {
    if (typeof entry !== 'string') {
      value.push(entry);
      return;
    }
    const whole = WHOLE_REF.exec(entry)?.[1];
    const found = whole !== undefined && FRAGMENT_NAME_RE.test(whole) ? lookup(whole) : undefined;
    if (found && 'value' in found && typeof found.value !== 'string') {
      value.push(...found.value);
      return;
    }
    const expanded = expandSource(entry, [...path, i], lookup);
    issues.push(...expanded.issues);
    value.push(expanded.value);
  });
  return { value, issues };
}

/** A rule's params with the lists at `keys` (the kind's regex lists) expanded; anything else is left as written. */
export function expandParams(
  params: unknown,
  keys: readonly string[] | undefined,
  lookup: Lookup,
  path: (string | number)[] = ['params'],
): { value: unknown; issues: ExpandIssue[] } {
  if (!keys || keys.length === 0 || typeof params !== 'object' || params === null || Array.isArray(params)) {
    return { value: params, issues: [] };
  }
  const issues: ExpandIssue[] = [];
  const value: Record<string, unknown> = { ...(params as Record<string, unknown>) };
  for (const key of keys) {
    const list = value[key];
    if (!Array.isArray(list)) continue;
    const expanded = expandList(list, [...path, key], lookup);
    issues.push(...expanded.issues);
    value[key] = expanded.value;
  }
  return { value, issues };
}

/** The lookup of already resolved fragments (what a ruleset carries); `broken` names failed to resolve. */
export const lookupIn =
  (fragments: Readonly<Record<string, string | readonly string[]>>, broken: ReadonlySet<string> = new Set()): Lookup =>
  (name) =>
    Object.hasOwn(fragments, name)
      ? { value: fragments[name]! }
      : broken.has(name)
        ? { missing: 'broken' }
        : { missing: 'unknown' };
