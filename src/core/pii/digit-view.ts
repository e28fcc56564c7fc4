/**
 * A compact view of a text for number recognisers: one character per kept UTF-16 unit of the original
 * — ASCII/full-width digits as `0-9`, x/X (also full-width) as `X`, other Latin letters as `a`,
 * space-like characters as ` `, hyphen-like ones as `-`, full stops as `.`, plus signs as `+`, anything else as `o`.
 * Format and zero-width characters (U+200B, U+FEFF, soft hyphen…) are left out entirely.
 */
export interface DigitView {
  text: string;
  /** `offsets[i]` is the original offset of view character `i`. */
  offsets: number[];
}

const FORMAT = /^\p{Cf}$/u;
const SPACES = new Set([' ', '\t', '\u00a0', '\u2002', '\u2003', '\u2009', '\u202f', '\u3000']);
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\ufe63', '\uff0d']);

function viewChar(unit: string): string | undefined {
  const code = unit.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return unit;
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  if (unit === 'x' || unit === 'X' || unit === '\uff58' || unit === '\uff38') return 'X';
  if (/^[A-Za-z\uff21-\uff3a\uff41-\uff5a]$/.test(unit)) return 'a';
  if (SPACES.has(unit)) return ' ';
  if (HYPHENS.has(unit)) return '-';
  if (unit === '+' || unit === '\uff0b') return '+';
  if (unit === '.' || unit === '\uff0e') return '.';
  if (FORMAT.test(unit)) return undefined;
  return 'o';
}

const DROPPED = 0xffff;
/** per UTF-16 unit: 0 = not computed yet, DROPPED, else the view character's code */
const table = new Uint16Array(0x10000);

function viewCode(code: number): number {
  let v = table[code]!;
  if (v === 0) v = table[code] = viewChar(String.fromCharCode(code))?.charCodeAt(0) ?? DROPPED;
  return v;
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const NUMBERISH = new Set([0x58, 0x20, 0x2d, 0x2e, 0x2b, DROPPED]); // X, space, hyphen, full stop, plus, left out

/**
 * Whether `original` has a run of at least `min` digits where only what a number match can contain
 * (view `X`, ` `, `-`, `.`, `+`, or left-out characters) sits between the digits. Without one, no recogniser
 * on the digit view can match: each match is such a run. Allocates nothing.
 */
export function hasDigitRun(original: string, min: number): boolean {
  let digits = 0;
  for (let i = 0; i < original.length; i++) {
    const v = viewCode(original.charCodeAt(i));
    if (v >= DIGIT_0 && v <= DIGIT_9) {
      if (++digits >= min) return true;
    } else if (!NUMBERISH.has(v)) digits = 0;
  }
  return false;
}

/** The digit view of `original` (see DigitView). */
export function digitView(original: string): DigitView {
  const units = new Uint16Array(original.length);
  const offsets = new Array<number>(original.length);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const v = viewCode(original.charCodeAt(i));
    if (v === DROPPED) continue;
    units[n] = v;
    offsets[n] = i;
    n++;
  }
  offsets.length = n;
  const chunks: string[] = [];
  for (let i = 0; i < n; i += 8192)
    chunks.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(i + 8192, n)) as unknown as number[]));
  return { text: chunks.join(''), offsets };
}
