import { buildFactorScan, type FactorScan } from './factor-scan';
import { factorsOf } from './regex-facts';

// NOTE: one table for every regex source ever compiled, so a text is scanned once for the literal factors of the
// whole ruleset rather than once per rule. It grows only by distinct sources and literals (not per recompile);
// the automaton is rebuilt lazily when it has grown.
const slotOf = new Map<string, number | null>();
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
 * The prefilter slot of a `u`-flag regex source, or undefined when its factors cannot be derived (it always runs).
 * Sources with the same text share a slot.
 */
export function prefilterSlot(source: string, flags: string): number | undefined {
  const key = `${flags}/${source}`;
  const known = slotOf.get(key);
  if (known !== undefined) return known ?? undefined;
  const factors = factorsOf(source, flags);
  if (!factors) {
    slotOf.set(key, null);
    return undefined;
  }
  const slot = slots++;
  slotOf.set(key, slot);
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

/** False only when the regex in `slot` cannot match the text `runnable` was computed for. */
export function mayMatch(slot: number | undefined, runnable: Uint8Array | undefined): boolean {
  return slot === undefined || runnable === undefined || slot >= runnable.length || runnable[slot] === 1;
}
