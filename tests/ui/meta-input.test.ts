import { describe, expect, it } from 'vitest';
import { parseCap, parseClock, windowInOrder } from '../../src/ui/meta/meta-input';

describe('meta form input', () => {
  it.each([
    ['09:00', '09:00'],
    ['9:00', '09:00'],
    ['0930', '09:30'],
    ['21：30', '21:30'],
    [' 20:00 ', '20:00'],
    ['23:59', '23:59'],
    ['24:00', undefined],
    ['9:60', undefined],
    ['9 PM', undefined],
    ['下午3点', undefined],
    ['', undefined],
  ])('reads the time %j as %j', (text, time) => {
    expect(parseClock(text)).toBe(time);
  });

  it.each([
    ['1', 1],
    ['50', 50],
    ['３', 3],
    ['0', undefined],
    ['51', undefined],
    ['1.5', undefined],
    ['-1', undefined],
    ['', undefined],
    ['abc', undefined],
  ])('reads the daily cap %j as %j', (text, cap) => {
    expect(parseCap(text)).toBe(cap);
  });

  it('says whether a window starts before it ends', () => {
    expect(windowInOrder('09:00', '20:00')).toBe(true);
    expect(windowInOrder('20:00', '09:00')).toBe(false);
    expect(windowInOrder('09:00', '09:00')).toBe(false);
  });
});
