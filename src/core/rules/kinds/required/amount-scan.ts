// NOTE: amounts are found by scanning back from each currency unit instead of regexes such as
// /\d[\d,]*(?:\.\d+)?\s*元/ or /[零壹…]*[壹…玖][零壹…]*元/, which a backtracking engine tries from every digit of a
// long run: quadratic (or worse) on 20,000 digits or 1,000 upper-case numerals. Each run before a unit is read once.

const UNITS = ['元', '块', 'rmb', '人民币'] as const;
const UPPER = new Set('零壹贰叁肆伍陆柒捌玖拾佰仟万亿');
const UPPER_DIGIT = new Set('壹贰叁肆伍陆柒捌玖');
const SPACE = /^\s$/u;
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Each index at which `unit` occurs in `text`. */
function* occurrences(text: string, unit: string): Generator<number> {
  for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + unit.length)) yield at;
}

/**
 * Whether `text` has a number written in digits before 元/块/rmb/人民币 — exactly where
 * /\d[\d,]*(?:\.\d+)?\s*(?:元|块|rmb|人民币)/u matches: before the unit and any blank space, a digit, or commas
 * right after a digit (1,元).
 */
export function hasDigitAmount(text: string): boolean {
  for (const unit of UNITS) {
    for (const at of occurrences(text, unit)) {
      let i = at - 1;
      while (i >= 0 && SPACE.test(text[i]!)) i--;
      while (i >= 0 && text[i] === ',') i--;
      if (i >= 0 && isDigit(text[i]!)) return true;
    }
  }
  return false;
}

/** Whether `text` has an upper-case amount: a run of 零壹…亿 holding one of 壹…玖 right before 元 (壹万元整). */
export function hasUpperAmount(text: string): boolean {
  for (const at of occurrences(text, '元')) {
    for (let i = at - 1; i >= 0 && UPPER.has(text[i]!); i--) if (UPPER_DIGIT.has(text[i]!)) return true;
  }
  return false;
}
