// Set algebra of regex-factors.ts: every set over-approximates, so a derived factor is certain to occur.

/**
 * What a regex fragment can consume, over-approximated: `exact` holds every string it can match (when that set is
 * small), `req` literals one of which occurs in every string it matches. Undefined = unknown (anything).
 */
export interface Info {
  exact?: string[];
  req?: string[];
  /** further literal sets each of which is certain to have a member in every match (a text must hold one of each) */
  sets?: string[][];
  /** the fragment is, up to zero-width items, this alternation: every match is a match of one of them */
  branches?: Info[];
  /** a concatenation's items (each must match a part of every match) */
  parts?: Info[];
}

const isEmpty = (i: Info): boolean => i.exact !== undefined && i.exact.length === 1 && i.exact[0] === '';

const CAP = 64;
export const ANY: Info = {};
export const EMPTY: Info = { exact: [''] };

/** Rough chance that a set hits an unrelated text: each literal counts less the longer it is. */
const score = (set: readonly string[]): number => set.reduce((sum, s) => sum + 32 ** -Math.min(s.length, 4), 0);

/** The most selective candidate set (fewest, longest literals); sets holding '' say nothing and are skipped. */
export function best(cands: readonly (readonly string[] | undefined)[]): string[] | undefined {
  let out: string[] | undefined;
  for (const c of cands) {
    if (c && c.length > 0 && !c.includes('') && (!out || score(c) < score(out))) out = [...c];
  }
  return out;
}

function cross(a: readonly string[], b: readonly string[]): string[] | undefined {
  if (a.length * b.length > CAP) return undefined;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

const withReq = (i: Info): Info => ({ ...i, req: best([i.req, i.exact]) });

/** At most this many necessary sets are kept per fragment (the prefilter needs a text to hold one of each). */
export const MAX_SETS = 4;

const usable = (set: readonly string[] | undefined): set is string[] =>
  set !== undefined && set.length > 0 && !set.includes('');

/** Every necessary set of a fragment, most selective first: its `sets`, or else its best single set. */
export function setsOf(i: Info): string[][] {
  if (i.sets) return i.sets;
  const one = best([i.req, i.exact]);
  return one ? [one] : [];
}

/** The MAX_SETS most selective distinct sets of `cands`. */
function topSets(cands: readonly (readonly string[] | undefined)[]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const c of cands) {
    if (!usable(c)) continue;
    const set = [...new Set(c)].sort();
    const key = set.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(set);
  }
  return out.sort((a, b) => score(a) - score(b)).slice(0, MAX_SETS);
}

/** Concatenation: any item's factors, or the product of a run of items with small exact sets. */
export function sequence(items: readonly Info[]): Info {
  const cands: (string[] | undefined)[] = [];
  let full: string[] | undefined = [''];
  let run: string[] = [''];
  for (const item of items) {
    cands.push(item.req);
    if (item.exact) {
      full = full && cross(full, item.exact);
      const next = cross(run, item.exact);
      if (!next) cands.push(run);
      run = next ?? item.exact;
    } else {
      full = undefined;
      cands.push(run);
      run = [''];
    }
  }
  cands.push(run);
  const sets = topSets([...cands, ...items.flatMap(setsOf)]);
  const content = items.filter((i) => !isEmpty(i));
  const branches = content.length === 1 ? content[0]!.branches : undefined;
  return withReq({
    ...(full ? { exact: full } : {}),
    req: best(cands),
    ...(sets.length > 0 ? { sets } : {}),
    ...(branches ? { branches } : {}),
    parts: [...items],
  });
}

/** Alternation: the union of the branches' factors (every branch must have some). */
export function alternation(branches: readonly Info[]): Info {
  if (branches.length === 1) return branches[0] ?? ANY;
  const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact ?? []))] : undefined;
  const req = branches.every((b) => b.req) ? [...new Set(branches.flatMap((b) => b.req ?? []))] : undefined;
  // one necessary set of every branch, united, is necessary for the alternation: the j-th best of each
  const per = branches.map(setsOf);
  const sets = per.every((p) => p.length > 0)
    ? topSets(Array.from({ length: MAX_SETS }, (_, j) => per.flatMap((p) => p[Math.min(j, p.length - 1)]!)))
    : [];
  return withReq({
    ...(exact && exact.length <= CAP ? { exact } : {}),
    ...(req ? { req } : {}),
    ...(sets.length > 0 ? { sets } : {}),
    branches: [...branches],
  });
}

/** `atom{min,max}`: a mandatory atom keeps its factors; an optional one has none. */
export function quantified(atom: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return atom;
  if (min === 0) return max === 1 && atom.exact ? { exact: [...new Set(['', ...atom.exact])] } : ANY;
  // NOTE: no `branches`: a repeated alternation's match may mix them.
  return atom.req ? { req: atom.req, ...(atom.sets ? { sets: atom.sets } : {}) } : ANY;
}
