/** A number in a digit view (see digit-view.ts) written as groups; view indices, `end` exclusive. */
export interface DigitGroups {
  start: number;
  end: number;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** What a number must not be glued to: a digit, `X` or a letter (`a`). */
const isGlue = (c: number): boolean => isDigit(c) || c === 0x58 || c === 0x61;
/** ` `, `-` and `.` between digit groups. */
const isSeparator = (c: number): boolean => c === 0x20 || c === 0x2d || c === 0x2e;

/**
 * Numbers written as digit groups joined by one separator character, the same one throughout
 * (`6222 0212 3456 7890 128`, `110105.19491231.002X`, `1101-0519-4912-3100-2X`); an `X` may end the last group.
 * A grouping ends where the separator changes, so `2026-12-06 6222 0212 …` still yields the card; one glued to
 * further digits, `X` or letters is left out, and so are numbers without any separator (the plain patterns' job).
 */
export function digitGroups(view: string): DigitGroups[] {
  const found: DigitGroups[] = [];
  const n = view.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(view.charCodeAt(i)) || (i > 0 && isGlue(view.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const start = i;
    let separator = 0;
    for (;;) {
      while (i < n && isDigit(view.charCodeAt(i))) i++;
      const c = view.charCodeAt(i);
      if (!isSeparator(c) || (separator !== 0 && c !== separator) || !isDigit(view.charCodeAt(i + 1))) break;
      separator = c;
      i++;
    }
    if (view.charCodeAt(i) === 0x58) i++;
    if (separator !== 0 && !(i < n && isGlue(view.charCodeAt(i)))) found.push({ start, end: i });
  }
  return found;
}
