import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../../src/core/render/filters/calendar-date';

/** The definition date_cn used before: a Date.UTC round trip gives back the same year, month and day. */
function roundTrips(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

describe('isCalendarDate', () => {
  it('agrees with a Date.UTC round trip on every month and day around the edges of many years', () => {
    const years = [
      -401, -400, -100, -5, -4, -1, 0, 1, 50, 99, 100, 101, 1600, 1900, 1999, 2000, 2023, 2024, 2100, 9999,
    ];
    let checked = 0;
    for (const y of years)
      for (let m = -1; m <= 14; m++)
        for (let d = -1; d <= 33; d++) {
          expect(isCalendarDate(y, m, d), `${y}-${m}-${d}`).toBe(roundTrips(y, m, d));
          checked++;
        }
    expect(checked).toBe(years.length * 16 * 35);
  });

  it('refuses years Date.UTC reads as 1900–1999 and non-integers', () => {
    expect(isCalendarDate(50, 1, 1)).toBe(false);
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(2023, 1.5, 1)).toBe(false);
    expect(isCalendarDate(Number.NaN, 1, 1)).toBe(false);
  });
});
