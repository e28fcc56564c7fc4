const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Whether y-m-d is a day of the proleptic Gregorian calendar as `Date.UTC` reads it (within Date's range: date_cn
 * passes 4-digit years or a Date's own fields). Years 0–99 are not: Date.UTC reads them as 1900–1999. Arithmetic,
 * not a Date round trip, since date_cn runs once per sample.
 */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y >= 0 && y <= 99) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const days = m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}
