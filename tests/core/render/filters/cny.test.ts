import { describe, expect, it } from 'vitest';
import { cny } from '../../../../src/core/render/filters/cny';
import { FilterInputError } from '../../../../src/core/render/filters/filter-doc';

describe('cny', () => {
  it.each([
    [1234.56, undefined, '¥1,234.56'],
    [1234.56, '元', '1,234.56元'],
    [1234.56, '¥', '¥1,234.56'],
    [0, undefined, '¥0.00'],
    [1234567.891, undefined, '¥1,234,567.89'],
    [999.999, undefined, '¥1,000.00'],
    ['10000', '元', '10,000.00元'],
    ['1,234.5', undefined, '¥1,234.50'],
    [-12.5, undefined, '-¥12.50'],
    [-0, undefined, '¥0.00'],
    [1e12, undefined, '¥1,000,000,000,000.00'],
  ])('formats %j with style %j as %s', (input, style, expected) => {
    expect(cny(input, style)).toBe(expected);
  });

  it.each([['abc'], [''], [null], [Number.NaN], [[1]], [1e21], [-1e21], [1e13]])('refuses the amount %j', (input) => {
    expect(() => cny(input)).toThrow(FilterInputError);
  });

  it('refuses an unknown style', () => {
    expect(() => cny(1, 'USD')).toThrow(FilterInputError);
  });
});
