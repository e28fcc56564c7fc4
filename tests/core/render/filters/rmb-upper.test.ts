import { describe, expect, it } from 'vitest';
import { rmbUpper } from '../../../../src/core/render/filters/rmb-upper';
import { FilterInputError } from '../../../../src/core/render/filters/filter-doc';

describe('rmb_upper', () => {
  it.each([
    [10000, '壹万元整'],
    [1234.56, '壹仟贰佰叁拾肆元伍角陆分'],
    [0.5, '伍角'],
    [0.05, '伍分'],
    [0, '零元整'],
    [1, '壹元整'],
    [10, '壹拾元整'],
    [15, '壹拾伍元整'],
    [100000000, '壹亿元整'],
    [100100, '壹拾万零壹佰元整'],
    [1000000.01, '壹佰万元零壹分'],
    [1001, '壹仟零壹元整'],
    [1010, '壹仟零壹拾元整'],
    [1100, '壹仟壹佰元整'],
    [200010, '贰拾万零壹拾元整'],
    [100000001, '壹亿零壹元整'],
    [100010000, '壹亿零壹万元整'],
    [110000000, '壹亿壹仟万元整'],
    [123456789.12, '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分'],
    [10.05, '壹拾元零伍分'],
    [1000.5, '壹仟元伍角'],
    [20000000, '贰仟万元整'],
    [1e12, '壹万亿元整'],
    ['1234.56', '壹仟贰佰叁拾肆元伍角陆分'],
    [' 10000 ', '壹万元整'],
    ['1,000', '壹仟元整'],
  ])('writes %s as %s', (input, expected) => {
    expect(rmbUpper(input)).toBe(expected);
  });

  it.each([
    [-1],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['abc'],
    [''],
    [null],
    [undefined],
    ['1e5'],
    [{}],
    [1e12 + 1],
  ])('refuses %s', (input) => {
    expect(() => rmbUpper(input)).toThrow(FilterInputError);
  });
});
