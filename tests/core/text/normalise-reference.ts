// The normaliser before its per-unit fast path, kept as the reference the fast path must equal (2026-12-06: zero-width
// characters between a base and its combining marks are part of the segment and dropped before NFKC, for idempotency).
import { classify, isMarkAt, isNoise, joinsAcross, type CharClass } from '../../../src/core/text/char-class';
import { CONTROL, markupMask, TAG } from '../../../src/core/text/markup-noise';
import type { Normalised } from '../../../src/core/text/normalise';
import { emojiWord } from '../../../src/core/text/emoji-words';
import { toSimplifiedChar } from '../../../src/core/text/to-simplified';

const bmpCache: (string | undefined)[] = new Array<string | undefined>(0x10000);

function convertCodePoints(s: string): string {
  let out = '';
  for (const c of s) out += c >= 'A' && c <= 'Z' ? c.toLowerCase() : toSimplifiedChar(c);
  return out;
}

/** An emoji that stands for a word reads as the word; anything else converts code point by code point. */
const convertSymbols = (s: string): string => emojiWord(s) ?? convertCodePoints(s);

/** NFKC, ASCII lower case and traditional → simplified for one character sequence. */
function convert(segment: string): string {
  if (segment.length > 1) return convertSymbols(segment.replace(ZERO_WIDTH, '').normalize('NFKC'));
  return (bmpCache[segment.charCodeAt(0)] ??= convertSymbols(segment.normalize('NFKC')));
}

const ZERO_WIDTH = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const width = (s: string, i: number): number => (s.codePointAt(i)! > 0xffff ? 2 : 1);
const isDropAt = (s: string, i: number): boolean => classify(String.fromCodePoint(s.codePointAt(i)!)) === 'drop';

function markFollows(s: string, i: number, markup: Uint8Array | undefined): boolean {
  while (i < s.length && !isMarkAt(s, i) && (markup?.[i] === CONTROL || isDropAt(s, i))) i += width(s, i);
  return i < s.length && isMarkAt(s, i);
}

function segmentEnd(original: string, start: number, markup: Uint8Array | undefined): number {
  let i = start + width(original, start);
  while (i < original.length && markFollows(original, i, markup)) i += width(original, i);
  return i;
}

class Builder {
  readonly map: number[];
  readonly ends: number[];
  length = 0;
  private units: Uint16Array;
  /** pending noise run: characters, classes and original ranges */
  private run: { char: string; cls: CharClass; from: number; to: number; tag: boolean }[] = [];
  private lastContent: CharClass | undefined;

  constructor(capacity: number) {
    this.map = new Array<number>(capacity + 1);
    this.ends = new Array<number>(capacity);
    this.units = new Uint16Array(capacity);
  }

  add(char: string, cls: CharClass, from: number, to: number, tag = false): void {
    if (tag || isNoise(cls)) {
      this.run.push({ char, cls, from, to, tag });
      return;
    }
    if (this.run.length > 0) this.flush(cls);
    this.lastContent = cls;
    this.emit(char, from, to);
  }

  flush(right: CharClass | undefined): void {
    if (!joinsAcross(this.lastContent, right)) {
      let lastWasSpace = false;
      for (const { char, cls, from, to, tag } of this.run) {
        if (cls === 'punct' || (tag && !isNoise(cls))) this.emit(char, from, to);
        else if (cls === 'space' && !lastWasSpace) this.emit(' ', from, to);
        if (cls !== 'drop') lastWasSpace = cls === 'space';
      }
    }
    this.run = [];
  }

  text(): string {
    const chunks: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      chunks.push(String.fromCharCode(...this.units.subarray(i, Math.min(i + 8192, this.length))));
    }
    return chunks.join('');
  }

  private emit(char: string, from: number, to: number): void {
    for (let u = 0; u < char.length; u++) {
      if (this.length === this.units.length) {
        const grown = new Uint16Array(this.units.length * 2 + 16);
        grown.set(this.units);
        this.units = grown;
      }
      this.units[this.length] = char.charCodeAt(u);
      this.map[this.length] = from;
      this.ends[this.length] = to;
      this.length++;
    }
  }
}

/**
 * Normalises text for phrase matching: NFKC (full-width → half-width), traditional → simplified
 * (character by character, OpenCC tables), ASCII lower case; format/zero-width characters are always
 * removed; a run of whitespace, punctuation or symbols is removed entirely when it sits between two CJK
 * characters or between a CJK character and a digit (坐 牢, 老*赖, 尾号 1234 → 尾号1234); elsewhere
 * whitespace runs collapse to one space and punctuation stays (1,234.56, 6222 0212). Linear time.
 */
function unitAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if ((code >= 0xd800 && code <= 0xdfff) || (i + 1 < s.length && isMarkAt(s, i + 1))) return -1;
  const converted = convert(s.charAt(i));
  return converted.length === 1 ? converted.charCodeAt(0) : -1;
}

export function normaliseReference(original: string): Normalised {
  const b = new Builder(original.length);
  const markup = markupMask(original, (i) => unitAt(original, i));
  let i = 0;
  while (i < original.length) {
    if (markup?.[i]) {
      const converted = convert(original.charAt(i));
      if (markup[i] === TAG) b.add(converted, classify(converted), i, i + 1, true);
      i++;
      continue;
    }
    const end = segmentEnd(original, i, markup);
    let segment = '';
    for (let j = i; j < end; j++) if (markup?.[j] !== CONTROL) segment += original[j];
    const converted = convert(segment);
    if (converted.length === 1) b.add(converted, classify(converted), i, end);
    else for (const char of converted) b.add(char, classify(char), i, end);
    i = end;
  }
  b.flush(undefined);
  b.map.length = b.length + 1;
  b.map[b.length] = original.length;
  b.ends.length = b.length;
  return { text: b.text(), map: b.map, ends: b.ends };
}
