import { buildFactorScan, buildFactorTables, factorScanOf, type FactorScan, type FactorTables } from './factor-scan';
import { splitLeadingLookbehinds } from './leading-lookbehind';
import { factorBranchesOf, factorSetsOf } from './regex-facts';

// NOTE: one table for every regex source ever compiled, so a text is scanned once for the literal factors of the
// whole ruleset rather than once per rule. It grows only by distinct sources and literals (not per recompile);
// the automaton is rebuilt lazily when it has grown.
const slotsOf = new Map<string, readonly number[] | null>();
const branchesOf = new Map<string, readonly (readonly number[])[] | null>();
/** Length (after leading lookbehinds) from which a regex's branches get slots (the family regexes: 1,000–2,000). */
const BRANCHES_FROM = 600;
/** one slot per distinct literal set: branches of one regex and regexes of one pack share many sets */
const slotOfSet = new Map<string, number>();
let slots = 0;
const idOf = new Map<string, number>();
const fragments: string[] = [];
/** fragment id → slots of the regexes that need it */
const owners: number[][] = [];
/** the scan of `fragments`, and how many slots there were when it was built */
let scanner: FactorScan | undefined;
let built = -1;
/** the scan a build carried (`seedPrefilter`): its slots come first, `fragments` holds only later ones */
let seeded: FactorScan | undefined;
let seededSlots = 0;

interface Scan {
  text: string;
  runnable: Runnable;
}
const recent: Scan[] = [];
const RECENT = 4;

/**
 * The prefilter slots of a `u`-flag regex source, one per necessary literal set (see `requiredFactorSets`), or
 * undefined when no set can be derived (it always runs). Sources with the same text share their slots.
 */
export function prefilterSlots(source: string, flags: string): readonly number[] | undefined {
  const key = `${flags}/${source}`;
  const known = slotsOf.get(key);
  if (known !== undefined) return known ?? undefined;
  const sets = factorSetsOf(source, flags);
  if (!sets || sets.length === 0) {
    slotsOf.set(key, null);
    return undefined;
  }
  const own = sets.map(slotFor);
  slotsOf.set(key, own);
  return own;
}

function slotFor(factors: readonly string[]): number {
  const setKey = factors.length === 1 ? factors[0]! : [...factors].sort().join('\u0000');
  const known = slotOfSet.get(setKey);
  if (known !== undefined) return known;
  const slot = slots++;
  slotOfSet.set(setKey, slot);
  for (const f of factors) {
    let id = idOf.get(f);
    if (id === undefined) {
      id = fragments.length;
      fragments.push(f);
      owners.push([]);
      idOf.set(f, id);
    }
    owners[id]!.push(slot);
  }
  return slot;
}

/**
 * The prefilter slots of each branch of a `u`-flag regex that is one alternation (see `requiredFactorBranches`):
 * it may match only a text holding every set of one branch. Undefined when it is no such regex.
 */
export function prefilterBranches(source: string, flags: string): readonly (readonly number[])[] | undefined {
  // NOTE: every branch set is one more slot each scanned text may mark; only a long regex costs more to run (its
  // leading negation guards are not run at every position, so they do not count).
  if ((splitLeadingLookbehinds(source)?.rest ?? source).length < BRANCHES_FROM) return undefined;
  const key = `${flags}/${source}`;
  const known = branchesOf.get(key);
  if (known !== undefined) return known ?? undefined;
  const branches = factorBranchesOf(source, flags)?.map((sets) => sets.map(slotFor));
  branchesOf.set(key, branches ?? null);
  return branches;
}

/**
 * Which slots a text may match: word 0 holds the number of slots when it was scanned, then one bit per slot (set: one
 * of its literals occurs). A slot made after the scan counts as present.
 */
// NOTE: a plain array of small integers: a typed array this size lives outside the heap and cost ~4× to allocate.
export type Runnable = number[];

const present = (runnable: Runnable, slot: number): boolean =>
  slot >= runnable[0]! || ((runnable[1 + (slot >>> 5)]! >>> (slot & 31)) & 1) === 1;

/** Which slots may match `text` (see `Runnable`); the last few texts are remembered. */
export function runnableSlots(text: string): Runnable {
  if (built !== slots) {
    scanner = fragments.length > 0 ? buildFactorScan(fragments, owners) : undefined;
    built = slots;
    recent.length = 0;
  }
  for (const r of recent) if (r.text === text) return r.runnable;
  const runnable = new Array<number>(1 + ((slots + 31) >>> 5)).fill(0);
  runnable[0] = slots;
  seeded?.mark(text, runnable);
  scanner?.mark(text, runnable);
  if (recent.length >= RECENT) recent.pop();
  recent.unshift({ text, runnable });
  return runnable;
}

/**
 * The prefilter's tables once a ruleset was compiled: every regex's slots and the automaton marking them. A build
 * makes it from the bundled rules (`prefilterSeed`) and a start takes it (`seedPrefilter`) instead of deriving the
 * same slots and building the same automaton again.
 */
export interface PrefilterSeed {
  /** the tables mark slots 0 … count − 1 */
  count: number;
  /** per regex key (`flags/source`): its slots (null: it has none and always runs) */
  slots: Record<string, readonly number[] | null>;
  /** per key of a regex asked for branches: the slots of each branch (null: none) */
  branches: Record<string, readonly (readonly number[])[] | null>;
  tables: FactorTables;
}

/** The tables of every regex compiled so far in this module graph (a build, after loading the bundled rules). */
export function prefilterSeed(): PrefilterSeed {
  if (seeded !== undefined) throw new Error('prefilterSeed: the prefilter was seeded; make a seed in a fresh graph');
  return {
    count: slots,
    slots: Object.fromEntries(slotsOf),
    branches: Object.fromEntries(branchesOf),
    tables: buildFactorTables(fragments, owners),
  };
}

/**
 * Takes a seed from `prefilterSeed` (made by the same code) before any regex is compiled; false, and nothing
 * taken, once one was. A regex not in the seed (rules a person wrote, a pack) gets slots after the seeded ones,
 * marked by a second automaton over the literals of those slots only.
 */
export function seedPrefilter(seed: PrefilterSeed): boolean {
  if (slots > 0 || slotsOf.size > 0 || branchesOf.size > 0) return false;
  for (const [key, own] of Object.entries(seed.slots)) slotsOf.set(key, own);
  for (const [key, branches] of Object.entries(seed.branches)) branchesOf.set(key, branches);
  slots = seededSlots = seed.count;
  seeded = factorScanOf(seed.tables);
  return true;
}

/** How many slots regexes outside the seed added (all of them when nothing was seeded). */
export const unseededSlots = (): number => slots - seededSlots;

/** What the prefilter knows of one regex (see `CompiledRegex`). */
export interface Prefiltered {
  readonly slots?: readonly number[];
  readonly branches?: readonly (readonly number[])[];
}

const allPresent = (slots: readonly number[], runnable: Runnable): boolean => {
  for (let i = 0; i < slots.length; i++) if (!present(runnable, slots[i]!)) return false;
  return true;
};

/** False only when a set of the regex's own `slots` is absent from the text `runnable` was computed for. */
export function mayMatchSlots(r: Prefiltered, runnable: Runnable): boolean {
  return r.slots === undefined || allPresent(r.slots, runnable);
}

/**
 * False only when the regex cannot match the text `runnable` was computed for: a set of `slots` is absent, or each
 * branch lacks one of its sets.
 */
export function mayMatch(r: Prefiltered, runnable: Runnable | undefined): boolean {
  if (runnable === undefined) return true;
  if (!mayMatchSlots(r, runnable)) return false;
  const branches = r.branches;
  if (branches === undefined) return true;
  for (let b = 0; b < branches.length; b++) if (allPresent(branches[b]!, runnable)) return true;
  return false;
}

/**
 * The slots of every regex of `lists` in one flat array (per regex: its slot count, then its slots), for
 * `mayAnyMatchGate`; undefined when a regex has no slots (it always runs, so the gate never closes). Branches are
 * left to `mayMatch`: checked per rule and sample, they cost more than the rules they would skip.
 */
export function gateSlots(lists: readonly (readonly Prefiltered[])[]): Int32Array | undefined {
  const flat: number[] = [];
  for (const list of lists) {
    for (const r of list) {
      if (r.slots === undefined) return undefined;
      flat.push(r.slots.length, ...r.slots);
    }
  }
  return Int32Array.from(flat);
}

/** Whether a regex of a flat gate (see `gateSlots`) holds all its slots in `runnable`. */
export function mayAnyMatchGate(gate: Int32Array, runnable: Runnable): boolean {
  for (let i = 0; i < gate.length;) {
    const end = i + 1 + gate[i]!;
    let may = true;
    for (let k = i + 1; k < end; k++) {
      if (!present(runnable, gate[k]!)) {
        may = false;
        break;
      }
    }
    if (may) return true;
    i = end;
  }
  return false;
}
