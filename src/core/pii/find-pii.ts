import type { PiiKind, PiiMatch } from './kinds';
import { isValidCnId } from './cn-id';
import { luhnValid } from './luhn';
import { digitGroups } from './digit-groups';
import { digitView, hasDigitRun, type DigitView } from './digit-view';

export { isValidCnId } from './cn-id';
export { luhnValid } from './luhn';

interface Recogniser {
  /** Matches in the digit view: a regex, or a scanner giving view ranges. */
  find: (view: string) => Iterable<{ start: number; end: number }>;
  /** The kind of number `digits` (the match's digits and `X`) is, or undefined when it is none. */
  kindOf: (digits: string) => PiiKind | undefined;
}

/** The fewest digits any recogniser matches (a mobile: 1 + 10; IDs have 18, cards 16). */
const MIN_DIGITS = 11;

function* regexMatches(pattern: RegExp, view: string): Iterable<{ start: number; end: number }> {
  for (const m of view.matchAll(pattern)) yield { start: m.index, end: m.index + m[0].length };
}

const byRegex = (pattern: RegExp) => (view: string) => regexMatches(pattern, view);
const when =
  (kind: PiiKind, accept: (digits: string) => boolean) =>
  (digits: string): PiiKind | undefined =>
    accept(digits) ? kind : undefined;
const isCard = (digits: string): boolean => digits.length >= 16 && digits.length <= 19 && luhnValid(digits);

// Patterns run over the digit view (see digit-view.ts): digits, `X`, `a` (letter), ` `, `-`, `.`, `+`, `o`.
const RECOGNISERS: readonly Recogniser[] = [
  { find: byRegex(/(?<![\dXa])\d{6}([ .-]?)\d{8}\1\d{3}[\dX](?![\dXa])/g), kindOf: when('cn_id', isValidCnId) },
  {
    find: digitGroups,
    kindOf: (digits) => (isValidCnId(digits) ? 'cn_id' : isCard(digits) ? 'bank_card' : undefined),
  },
  { find: byRegex(/(?<![\dXa])\d{16,19}(?![\dXa])/g), kindOf: when('bank_card', luhnValid) },
  {
    find: byRegex(/(?<![\dXa]|\d[ -])\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?(?![\dXa]|[ -]\d)/g),
    kindOf: when('bank_card', luhnValid),
  },
  {
    find: byRegex(/(?<!\d)(?:(?:\+|00)?86[ .-]?)?1[3-9]\d[ .-]?\d{4}[ .-]?\d{4}(?!\d)/g),
    kindOf: () => 'mobile',
  },
];

function collect(original: string, view: DigitView, r: Recogniser): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const m of r.find(view.text)) {
    const kind = r.kindOf(view.text.slice(m.start, m.end).replace(/[^\dX]/g, ''));
    if (kind === undefined) continue;
    const start = view.offsets[m.start]!;
    const end = view.offsets[m.end - 1]! + 1;
    found.push({ kind, start, end, value: original.slice(start, end), masked: false });
  }
  return found;
}

/**
 * Finds unmasked CN resident IDs (region + calendar date in any year + MOD 11-2), mainland mobiles (optionally
 * +86/0086/86, 3-4-4 groups) and Luhn-valid 16–19 digit bank cards in `text`, plain or written as digit groups
 * joined by spaces, hyphens or full stops (`6222 0212 3456 7890 128`, `110105.19491231.002X`).
 * Full-width digits and zero-width characters inside a number are tolerated; numbers glued to further
 * digits (or, for IDs and cards, ASCII letters) are not reported; masked forms (138****5678) never match.
 * Earlier kinds win overlaps: cn_id, then bank_card, then mobile. Offsets point into `text`; sorted by start.
 */
export function findPii(text: string): PiiMatch[] {
  return hasDigitRun(text, MIN_DIGITS) ? findPiiFull(text) : [];
}

/** @internal findPii without the prefilter, for the property test that the prefilter drops nothing. */
export function findPiiFull(text: string): PiiMatch[] {
  const view = digitView(text);
  const kept: PiiMatch[] = [];
  const taken = new Uint8Array(text.length);
  for (const r of RECOGNISERS) {
    for (const m of collect(text, view, r)) {
      if (taken.subarray(m.start, m.end).includes(1)) continue;
      taken.fill(1, m.start, m.end);
      kept.push(m);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
