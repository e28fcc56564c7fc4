import { factorSetsOf } from './regex-facts';
import type { RegexList } from './compiled-regex';

/**
 * Which regexes of a list run without the literal prefilter (the original-text patterns: `[★☆…]`, `[¥￥](?=…)`,
 * `[Oo]verdue …`) may match a text, judged by single characters: a regex runs only on a text holding, for one of
 * its necessary literals, that literal's highest unit (a text without it lacks the literal). One pass over the
 * text instead of a regex scan per pattern.
 */
interface CharGate {
  /** bit per UTF-16 unit: some filtered regex needs it */
  member: Int32Array;
  /** per member unit, the regexes (bits) needing it */
  regexesOf: Map<number, number>;
  /** the regexes (bits) without such a set: they always run */
  always: number;
}

const gates = new WeakMap<RegexList, CharGate | null>();
const calls = new WeakMap<RegexList, number>();
/** A list is gated from this call on: load-time lints run a list on a few short phrases, not worth a table. */
const HOT = 32;
const MAX_REGEXES = 30;

/** A regex that is one Unicode property escape, e.g. `\p{Extended_Pictographic}`: it matches one code point. */
const PROPERTY_ESCAPE = /^\\[pP]\{[A-Za-z_]+(?:=[A-Za-z_]+)?\}$/;

/**
 * The UTF-16 units a one-property-escape regex needs: the BMP characters it matches, and every surrogate (a code
 * point above the BMP, or a lone surrogate, is not judged here: the regex runs).
 */
function propertyUnits(source: string): number[] {
  const re = new RegExp(source, 'gu');
  const units: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) units.push(c);
    else if (re.test(String.fromCharCode(c))) units.push(c);
    re.lastIndex = 0;
  }
  return units;
}

function highestUnit(literal: string): number {
  let high = 0;
  for (let k = 0; k < literal.length; k++) high = Math.max(high, literal.charCodeAt(k));
  return high;
}

function build(regexes: RegexList): CharGate | null {
  if (regexes.length > MAX_REGEXES) return null;
  const member = new Int32Array(0x10000 >>> 5);
  const regexesOf = new Map<number, number>();
  let always = 0;
  const add = (code: number, i: number): void => {
    member[code >>> 5]! |= 1 << (code & 31);
    regexesOf.set(code, (regexesOf.get(code) ?? 0) | (1 << i));
  };
  regexes.forEach((r, i) => {
    if (PROPERTY_ESCAPE.test(r.re.source) && r.re.unicode && !r.re.ignoreCase) {
      for (const code of propertyUnits(r.re.source)) add(code, i);
      return;
    }
    const set = factorSetsOf(r.source, r.re.flags)?.[0];
    if (!set || set.length === 0 || set.some((f) => f.length === 0)) {
      always |= 1 << i;
      return;
    }
    // a text without one unit of a literal lacks that literal: one unit per literal (the highest) gates it
    for (const f of set) add(highestUnit(f), i);
  });
  return always === (1 << regexes.length) - 1 ? null : { member, regexesOf, always };
}

/** Bits of the regexes of `regexes` that may match `text` (all bits: unknown, run every one). */
export function charGate(regexes: RegexList, text: string): number {
  let gate = gates.get(regexes);
  if (gate === undefined) {
    const n = (calls.get(regexes) ?? 0) + 1;
    calls.set(regexes, n);
    if (n < HOT) return -1;
    gate = build(regexes);
    gates.set(regexes, gate);
  }
  if (gate === null) return -1;
  let may = gate.always;
  const { member, regexesOf } = gate;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((member[code >>> 5]! & (1 << (code & 31))) !== 0) may |= regexesOf.get(code)!;
  }
  return may;
}
