import { dayNumber, isRealDate, localDay } from './dates';

/** GB/T 2260 province codes (first two digits), as core/pii's validator knows them. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 91,
]);
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Why an 18-character resident ID number is not valid, part by part. */
export type CnIdIssue =
  | { issue: 'id-format' }
  | { issue: 'id-region'; region: string }
  | { issue: 'id-birth'; birth: string }
  | { issue: 'id-check'; expected: string };

/** The MOD 11-2 check character of the first 17 digits. */
export function cnIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * The first thing wrong with `s` as a GB 11643-1999 resident ID number, or undefined when it is valid: 17 digits and a
 * check character (`X` upper case), a real province with a city code other than 00, a real birth date from 1900 up to
 * `today`, and the MOD 11-2 check character. Stricter than core/pii's `isValidCnId` (city 00, lower-case x).
 */
export function cnIdIssue(s: string, today: Date = new Date()): CnIdIssue | undefined {
  if (!/^\d{17}[\dX]$/.test(s)) return { issue: 'id-format' };
  if (!PROVINCES.has(Number(s.slice(0, 2))) || s.slice(2, 4) === '00')
    return { issue: 'id-region', region: s.slice(0, 6) };
  const [y, m, d] = [Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14))];
  if (y < 1900 || !isRealDate(y, m, d) || dayNumber(cnIdBirth(s)) > localDay(today)) {
    return { issue: 'id-birth', birth: s.slice(6, 14) };
  }
  const expected = cnIdCheckChar(s);
  return expected === s[17] ? undefined : { issue: 'id-check', expected };
}

/** The birth date an ID number carries, as `YYYY-MM-DD` (no validation). */
export const cnIdBirth = (s: string): string => `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;

/** 男 for an odd 17th digit, 女 for an even one. */
export const cnIdGender = (s: string): '男' | '女' => (Number(s[16]) % 2 === 1 ? '男' : '女');
