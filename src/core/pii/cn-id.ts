const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 91,
]);
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

function isRealDate(year: number, month: number, day: number, today: Date): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return date.getTime() <= Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}

/**
 * Whether `s` is a valid 18-character CN resident ID number (GB 11643-1999): a real province code,
 * a real birth date from 1900 up to `today` (default: now), and the MOD 11-2 check character
 * (`X` or `x` for 10). `s` must be exactly the 18 characters, without separators.
 */
export function isValidCnId(s: string, today: Date = new Date()): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  if (!PROVINCES.has(Number(s.slice(0, 2)))) return false;
  if (!isRealDate(Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14)), today)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11] === s[17]!.toUpperCase();
}
