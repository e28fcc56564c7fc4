import { requiredFactorBranches, requiredFactorSets } from './regex-factors';

/**
 * What loading a ruleset derives from each regex source and nothing else: its prefilter factors (key
 * `flags/source`, null when none can be derived) and whether it is sound — compiles, never matches the empty
 * string, proved linear — (key `flags/source`, g/y/d dropped). Both are pure functions of the source text, so a table computed once (at build time, from the bundled
 * rules) can stand in for the work at every start; a source not in the table is derived as before.
 */
export interface RegexFacts {
  factors: Record<string, string[] | null>;
  /** the further necessary literal sets of a source with factors (see `requiredFactorSets`); absent: none */
  moreFactors?: Record<string, string[][]>;
  /** the per-branch sets of a source that is one alternation (see `requiredFactorBranches`); absent: none */
  branchFactors?: Record<string, string[][][]>;
  safe: string[];
}

const seededFactors = new Map<string, string[] | null>();
const seededMore = new Map<string, string[][]>();
/** per seeded key: its branch sets, or null when the table has none for it (tables without any: not known) */
const seededBranches = new Map<string, string[][][] | null>();
const seededSafe = new Set<string>();
const asked = { factors: new Set<string>(), verdicts: new Set<string>() };

/** Takes a table from `regexFactsFor` (made by the same code: the CLI build computes it from rules/*.json). */
export function seedRegexFacts(facts: RegexFacts | undefined): void {
  if (!facts) return;
  for (const [key, factors] of Object.entries(facts.factors)) seededFactors.set(key, factors);
  for (const [key, more] of Object.entries(facts.moreFactors ?? {})) seededMore.set(key, more);
  if (facts.branchFactors !== undefined) {
    for (const key of Object.keys(facts.factors)) seededBranches.set(key, facts.branchFactors[key] ?? null);
  }
  for (const key of facts.safe) seededSafe.add(key);
}

/**
 * The necessary literal sets of `flags/source` (`requiredFactorSets`: its factors first), from the seeded table
 * when it holds them, else derived; undefined when it has no factors.
 */
export function factorSetsOf(source: string, flags: string): string[][] | undefined {
  const key = `${flags}/${source}`;
  asked.factors.add(key);
  const seeded = seededFactors.get(key);
  if (seeded === null) return undefined;
  if (seeded !== undefined) return [seeded, ...(seededMore.get(key) ?? [])];
  return requiredFactorSets(source, flags);
}

/** The per-branch sets of `flags/source` (`requiredFactorBranches`), from the seeded table when it holds them. */
export function factorBranchesOf(source: string, flags: string): string[][][] | undefined {
  const key = `${flags}/${source}`;
  asked.factors.add(key);
  const seeded = seededBranches.get(key);
  if (seeded !== undefined) return seeded ?? undefined;
  return requiredFactorBranches(source, flags);
}

/** Whether `flags/source` is in the seeded table as sound (only sound sources are ever seeded). */
export function seededAsSafe(source: string, flags: string): boolean {
  const key = `${flags}/${source}`;
  asked.verdicts.add(key);
  return seededSafe.has(key);
}

/**
 * The facts of every regex `load` asks about (run it in a fresh module graph: sources asked before are cached
 * where they are compiled and not asked again), derived afresh with `derive` (the verdict function is passed in
 * so this file does not depend on the safety checker).
 */
export function regexFactsFor(load: () => unknown, verdict: (source: string, flags: string) => boolean): RegexFacts {
  asked.factors.clear();
  asked.verdicts.clear();
  load();
  const factors: Record<string, string[] | null> = {};
  const moreFactors: Record<string, string[][]> = {};
  const branchFactors: Record<string, string[][][]> = {};
  for (const key of [...asked.factors].sort()) {
    const cut = key.indexOf('/');
    const [first, ...more] = requiredFactorSets(key.slice(cut + 1), key.slice(0, cut)) ?? [];
    factors[key] = first ?? null;
    if (more.length > 0) moreFactors[key] = more;
    const branches = requiredFactorBranches(key.slice(cut + 1), key.slice(0, cut));
    if (branches) branchFactors[key] = branches;
  }
  const safe = [...asked.verdicts].sort().filter((key) => {
    const cut = key.indexOf('/');
    return verdict(key.slice(cut + 1), key.slice(0, cut));
  });
  return { factors, moreFactors, branchFactors, safe };
}
