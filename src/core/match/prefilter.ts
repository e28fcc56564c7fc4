import { buildFactorScan, type FactorScan } from './factor-scan';
import { factorSetsOf } from './regex-facts';

// NOTE: one table for every regex source ever compiled, so a text is scanned once for the literal factors of the
// whole ruleset rather than once per rule. It grows only by distinct sources and literals (not per recompile);
// the automaton is rebuilt lazily when it has grown.
const slotsOf = new Map<string, readonly number[] | null>();
let slots = 0;
const idOf = new Map<string, number>();
const fragments: string[] = [];
/** fragment id → slots of the regexes that need it */
const owners: number[][] = [];
let scanner: FactorScan | undefined;

interface Scan {
  text: string;
  runnable: Uint8Array;
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
  const own = sets.map((factors) => {
    const slot = slots++;
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
  });
  slotsOf.set(key, own);
  return own;
}

/** Which slots may match `text` (1 = one of its factors occurs); the last few texts are remembered. */
export function runnableSlots(text: string): Uint8Array {
  if (scanner?.slots !== slots) {
    scanner = buildFactorScan(fragments, owners, slots);
    recent.length = 0;
  }
  for (const r of recent) if (r.text === text) return r.runnable;
  const runnable = new Uint8Array(scanner.slots);
  scanner.mark(text, runnable);
  if (recent.length >= RECENT) recent.pop();
  recent.unshift({ text, runnable });
  return runnable;
}

/** False only when the regex owning `slots` cannot match the text `runnable` was computed for (a set is absent). */
export function mayMatch(slots: readonly number[] | undefined, runnable: Uint8Array | undefined): boolean {
  if (slots === undefined || runnable === undefined) return true;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot < runnable.length && runnable[slot] !== 1) return false;
  }
  return true;
}

/**
 * The slots of every regex of `lists` in one flat array (per regex: its slot count, then its slots), for
 * `mayAnyMatchGate`; undefined when a regex has no slots (it always runs, so the gate never closes).
 */
export function gateSlots(lists: readonly (readonly { slots?: readonly number[] }[])[]): Int32Array | undefined {
  const flat: number[] = [];
  for (const list of lists) {
    for (const r of list) {
      if (r.slots === undefined) return undefined;
      flat.push(r.slots.length, ...r.slots);
    }
  }
  return Int32Array.from(flat);
}

/** `mayMatch` of any regex of a flat gate (see `gateSlots`): false when each of them lacks a set in `runnable`. */
export function mayAnyMatchGate(gate: Int32Array, runnable: Uint8Array): boolean {
  for (let i = 0; i < gate.length;) {
    const end = i + 1 + gate[i]!;
    let may = true;
    for (let k = i + 1; k < end; k++) {
      const slot = gate[k]!;
      if (slot < runnable.length && runnable[slot] !== 1) {
        may = false;
        break;
      }
    }
    if (may) return true;
    i = end;
  }
  return false;
}
