/** Province-level codes of GB/T 2260, plus 81/82/83 (residence permits of HK, Macao and Taiwan residents) and 91. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83, 91,
]);
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A day of the proleptic Gregorian calendar, in any year (no `Date`: it reads years 0–99 as 1900–1999). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!);
}

/**
 * Whether `s` is an 18-character CN resident ID number (GB 11643-1999) for privacy purposes: a known province code,
 * a real calendar date (any year: an old or implausible birth year is still someone's number, e.g. the standard's
 * own 11010519491231002X), and the MOD 11-2 check character (`X` or `x` for 10). `s` must be exactly the 18
 * characters, without separators.
 */
export function isValidCnId(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  if (!PROVINCES.has(Number(s.slice(0, 2)))) return false;
  if (!isCalendarDate(Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14)))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11] === s[17]!.toUpperCase();
}
