import type { PiiKind, PiiMatch } from './kinds';
import { isValidCnId } from './cn-id';
import { luhnValid } from './luhn';
import { digitView, hasDigitRun, type DigitView } from './digit-view';

export { isValidCnId } from './cn-id';
export { luhnValid } from './luhn';

interface Recogniser {
  kind: PiiKind;
  pattern: RegExp;
  accept: (digits: string) => boolean;
}

/** The fewest digits any recogniser matches (a mobile: 1 + 10; IDs have 18, cards 16). */
const MIN_DIGITS = 11;

// Patterns run over the digit view (see digit-view.ts): digits, `X`, `a` (letter), ` `, `-`, `+`, `o`.
const RECOGNISERS: readonly Recogniser[] = [
  {
    kind: 'cn_id',
    pattern: /(?<![\dXa])\d{6}([ -]?)\d{8}\1\d{3}[\dX](?![\dXa])/g,
    accept: (digits) => isValidCnId(digits),
  },
  {
    kind: 'bank_card',
    pattern: /(?<![\dXa])\d{16,19}(?![\dXa])/g,
    accept: luhnValid,
  },
  {
    kind: 'bank_card',
    pattern: /(?<![\dXa]|\d[ -])\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?(?![\dXa]|[ -]\d)/g,
    accept: luhnValid,
  },
  {
    kind: 'mobile',
    pattern: /(?<!\d)(?:(?:\+|00)?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g,
    accept: () => true,
  },
];

function collect(original: string, view: DigitView, r: Recogniser): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const m of view.text.matchAll(r.pattern)) {
    const digits = m[0].replace(/[^\dX]/g, '');
    if (!r.accept(digits)) continue;
    const start = view.offsets[m.index]!;
    const end = view.offsets[m.index + m[0].length - 1]! + 1;
    found.push({ kind: r.kind, start, end, value: original.slice(start, end), masked: false });
  }
  return found;
}

/**
 * Finds unmasked CN resident IDs (region + date + MOD 11-2), mainland mobiles (optionally +86/0086/86,
 * 3-4-4 groups) and Luhn-valid 16–19 digit bank cards (plain or 4-4-4-4(-3) groups) in `text`.
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
