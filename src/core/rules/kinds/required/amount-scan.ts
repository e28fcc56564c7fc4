// NOTE: amounts are found by scanning back from each currency unit instead of regexes such as
// /\d[\d,]*(?:\.\d+)?\s*元/ or /[零壹…]*[壹…玖][零壹…]*元/, which a backtracking engine tries from every digit of a
// long run: quadratic (or worse) on 20,000 digits or 1,000 upper-case numerals. Each run before a unit is read once.
// The scans run on every sample: plain loops over char codes, no generator or one-character string per step.

const UNITS = ['元', '块', 'rmb', '人民币'] as const;
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const UPPER = codes('零壹贰叁肆伍陆柒捌玖拾佰仟万亿');
const UPPER_DIGIT = codes('壹贰叁肆伍陆柒捌玖');
const YUAN = '元';
const SPACE = /^\s$/u;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether a digit ends `text` at `i`, after skipping blank space and then commas backwards. */
function digitBefore(text: string, i: number): boolean {
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  while (i >= 0 && text.charCodeAt(i) === 0x2c) i--;
  return i >= 0 && isDigitCode(text.charCodeAt(i));
}

/**
 * Whether `text` has a number written in digits before 元/块/rmb/人民币 — exactly where
 * /\d[\d,]*(?:\.\d+)?\s*(?:元|块|rmb|人民币)/u matches: before the unit and any blank space, a digit, or commas
 * right after a digit (1,元).
 */
export function hasDigitAmount(text: string): boolean {
  for (const unit of UNITS) {
    for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + unit.length)) {
      if (digitBefore(text, at - 1)) return true;
    }
  }
  return false;
}

/** Whether `text` has an upper-case amount: a run of 零壹…亿 holding one of 壹…玖 right before 元 (壹万元整). */
export function hasUpperAmount(text: string): boolean {
  for (let at = text.indexOf(YUAN); at >= 0; at = text.indexOf(YUAN, at + 1)) {
    for (let i = at - 1; i >= 0 && UPPER.has(text.charCodeAt(i)); i--) {
      if (UPPER_DIGIT.has(text.charCodeAt(i))) return true;
    }
  }
  return false;
}
