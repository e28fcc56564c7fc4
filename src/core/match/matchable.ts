import { lastAtOrBefore } from '../text/last-at-or-before';
import { normalise, toOriginalRange, type Normalised } from '../text/normalise';

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
  /** index in `norm` where the clause holding normalised position `at` starts (after the last ，。；！？ etc.) */
  clauseStart(at: number): number;
}

// NOTE: the normaliser drops punctuation between CJK characters, so clause ends are read from the original text.
const CLAUSE_END = /[，。；！？;!?\n\r…]|[,.](?!\d)/;

function clauseStarts(n: Normalised, original: string): number[] {
  const starts = [0];
  for (let i = 1; i < n.text.length; i++) {
    const gap = original.slice(n.ends[i - 1] ?? 0, n.map[i] ?? 0);
    if ((gap.length > 0 && CLAUSE_END.test(gap)) || CLAUSE_END.test(n.text[i - 1] ?? '')) starts.push(i);
  }
  return starts;
}

/** Normalises `text` once; `toOriginal` maps normalised ranges back to exact original offsets. */
export function matchable(text: string): Matchable {
  const n = normalise(text);
  let starts: number[] | undefined;
  return {
    text,
    norm: n.text,
    toOriginal: (start, end) => toOriginalRange(n, start, end),
    clauseStart(at) {
      starts ??= clauseStarts(n, text);
      return starts[lastAtOrBefore(starts, at)] ?? 0;
    },
  };
}

/** Normalised form of a lexicon entry (terms and allow phrases are normalised the same way as the text). */
export function normaliseTerm(term: string): string {
  return normalise(term).text;
}
