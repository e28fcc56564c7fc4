import { normalise, toOriginalRange } from '../text/normalise';

/**
 * A text prepared for matching: normalised once (NFKC, width, traditional→simplified, lower-case ASCII,
 * noise between CJK removed) and shared by every rule that runs on it.
 */
export interface Matchable {
  /** the original text; hits are reported in its offsets */
  readonly text: string;
  /** the normalised text rules match on */
  readonly norm: string;
  /** maps a range of `norm` back to the original text */
  toOriginal(start: number, end: number): { start: number; end: number };
}

/** Normalises `text` once; `toOriginal` maps normalised ranges back to exact original offsets. */
export function matchable(text: string): Matchable {
  const n = normalise(text);
  return {
    text,
    norm: n.text,
    toOriginal: (start, end) => toOriginalRange(n, start, end),
  };
}

/** Normalised form of a lexicon entry (terms and allow phrases are normalised the same way as the text). */
export function normaliseTerm(term: string): string {
  return normalise(term).text;
}
