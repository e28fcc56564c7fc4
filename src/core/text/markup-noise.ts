import { classify } from './char-class';

/** Per original UTF-16 unit: not markup, a terminal control sequence (always dropped), or a tag (noise). */
export const NOT_MARKUP = 0;
export const CONTROL = 1;
export const TAG = 2;

const ESC = 0x1b;
const BEL = 0x07;
const CSI = 0x9b;
const TAG_NAME_MAX = 16;
const TAG_ATTRS_MAX = 64;
const OSC_MAX = 256;

/** Every character that starts markup: ESC, CSI, and what normalises to `<` (＜, ﹤). */
const MAY_START = /[<\ufe64\uff1c\u001b\u009b]/;

const inRange = (c: number, lo: number, hi: number): boolean => c >= lo && c <= hi;

/** End (exclusive) of the parameters, intermediates and final byte of a CSI sequence starting at `i`, or -1. */
function csiEnd(s: string, i: number): number {
  let j = i;
  while (j - i < 32 && inRange(s.charCodeAt(j), 0x30, 0x3f)) j++;
  const k = j;
  while (j - k < 8 && inRange(s.charCodeAt(j), 0x20, 0x2f)) j++;
  return inRange(s.charCodeAt(j), 0x40, 0x7e) ? j + 1 : -1;
}

/** End (exclusive) of the ECMA-48 control sequence at `i` (ESC [ … m, ESC ] … BEL, ESC ( B, CSI …), or -1. */
function controlEnd(s: string, i: number): number {
  if (s.charCodeAt(i) === CSI) return csiEnd(s, i + 1);
  const next = s.charCodeAt(i + 1);
  if (next === 0x5b) return csiEnd(s, i + 2);
  if (next === 0x5d) {
    for (let j = i + 2; j < s.length && j - i < OSC_MAX; j++) {
      const c = s.charCodeAt(j);
      if (c === BEL) return j + 1;
      if (c === ESC) return s.charCodeAt(j + 1) === 0x5c ? j + 2 : -1;
    }
    return -1;
  }
  let j = i + 1;
  while (j - i <= 4 && inRange(s.charCodeAt(j), 0x20, 0x2f)) j++;
  return inRange(s.charCodeAt(j), 0x30, 0x7e) ? j + 1 : -1;
}

/**
 * End (exclusive) of the tag `<b>`, `</i>`, `<br/>`, `<font color="red">` whose `<` is at `i`, or -1. Read on the
 * converted units (`unitAt`: the one unit a position normalises to, or -1), so ＜Ｂ＞ is a tag too; format characters
 * are skipped and blank space is not counted, as the normaliser drops and collapses them (idempotence).
 */
function tagEnd(s: string, i: number, unitAt: (i: number) => number): number {
  let j = i + 1;
  const unit = (): number => {
    while (j < s.length && unitAt(j) >= 0 && classify(String.fromCharCode(unitAt(j))) === 'drop') j++;
    return j < s.length ? unitAt(j) : -1;
  };
  if (unit() === 0x2f) j++;
  let name = 0;
  for (let u = unit(); inRange(u, 0x61, 0x7a) || (name > 0 && (inRange(u, 0x30, 0x39) || u === 0x2d)); u = unit()) {
    if (++name > TAG_NAME_MAX) return -1;
    j++;
  }
  if (name === 0) return -1;
  let attrs = 0;
  for (let u = unit(); u !== 0x3e; u = unit()) {
    if (u < 0 || u === 0x3c) return -1;
    const blank = classify(String.fromCharCode(u)) === 'space';
    if (!blank && (u < 0x21 || u > 0x7e)) return -1;
    if (!blank && ++attrs > TAG_ATTRS_MAX) return -1;
    j++;
  }
  return j + 1;
}

/**
 * Marks the terminal control sequences (ESC [31m …) and markup tags (<b>, </i>, <br/>) of `s`, or returns undefined
 * when there are none. Linear: a tag scan stops at the next `<`, a control sequence is bounded.
 */
export function markupMask(s: string, unitAt: (i: number) => number): Uint8Array | undefined {
  if (!MAY_START.test(s)) return undefined;
  let mask: Uint8Array | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let end = -1;
    let kind = CONTROL;
    if (c === ESC || c === CSI) end = controlEnd(s, i);
    else if (unitAt(i) === 0x3c) {
      end = tagEnd(s, i, unitAt);
      kind = TAG;
    }
    if (end < 0) continue;
    mask ??= new Uint8Array(s.length);
    mask.fill(kind, i, end);
    i = end - 1;
  }
  return mask;
}
