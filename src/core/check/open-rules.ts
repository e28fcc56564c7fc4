import { mayAnyMatchGate, type Runnable } from '../match/prefilter';
import type { ActiveRule } from './active-rule';

const KEEP = 256;

const sameSlots = (a: Runnable, b: Runnable): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Which rules of a list a text's prefilter slots let run (1) or rule out by their gates (0), remembered per
 * distinct set of slots: the samples of one template mostly hold the same literals, so one check judges the ~70
 * gates once per set instead of once per sample.
 */
export class OpenRules {
  private readonly known = new Map<number, { runnable: Runnable; open: Uint8Array }[]>();
  private size = 0;

  constructor(readonly rules: readonly ActiveRule[]) {}

  of(runnable: Runnable): Uint8Array {
    let hash = 0;
    for (let i = 0; i < runnable.length; i++) hash = (Math.imul(hash, 31) + runnable[i]!) | 0;
    const bucket = this.known.get(hash);
    if (bucket !== undefined) for (const e of bucket) if (sameSlots(e.runnable, runnable)) return e.open;
    const open = new Uint8Array(this.rules.length);
    for (let r = 0; r < this.rules.length; r++) {
      const gate = this.rules[r]!.gate;
      open[r] = gate === undefined || mayAnyMatchGate(gate, runnable) ? 1 : 0;
    }
    if (this.size < KEEP) {
      this.size++;
      if (bucket === undefined) this.known.set(hash, [{ runnable, open }]);
      else bucket.push({ runnable, open });
    }
    return open;
  }
}
