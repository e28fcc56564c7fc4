import { describe, expect, it } from 'vitest';
import { rmbUpper } from '../../../../src/core/render/filters/rmb-upper';
import { FilterInputError } from '../../../../src/core/render/filters/filter-doc';

/**
 * The worked examples of the PBoC 《正确填写票据和结算凭证的基本规定》 (支付结算办法, 附件一, 第四条): every form the
 * regulation accepts, and the one we write (the first form wherever it allows a 零 or none; 整 also after 角).
 */
const WORKED_EXAMPLES: readonly { amount: number; accepted: readonly string[]; ours: string }[] = [
  {
    amount: 1409.5,
    accepted: ['人民币壹仟肆佰零玖元伍角', '人民币壹仟肆佰零玖元伍角整'],
    ours: '壹仟肆佰零玖元伍角整',
  },
  { amount: 6007.14, accepted: ['人民币陆仟零柒元壹角肆分'], ours: '陆仟零柒元壹角肆分' },
  {
    amount: 1680.32,
    accepted: ['人民币壹仟陆佰捌拾元零叁角贰分', '人民币壹仟陆佰捌拾元叁角贰分'],
    ours: '壹仟陆佰捌拾元零叁角贰分',
  },
  {
    amount: 107000.53,
    accepted: ['人民币壹拾万柒仟元零伍角叁分', '人民币壹拾万零柒仟元伍角叁分'],
    ours: '壹拾万柒仟元零伍角叁分',
  },
  { amount: 16409.02, accepted: ['人民币壹万陆仟肆佰零玖元零贰分'], ours: '壹万陆仟肆佰零玖元零贰分' },
  { amount: 325.04, accepted: ['人民币叁佰贰拾伍元零肆分'], ours: '叁佰贰拾伍元零肆分' },
];

describe("rmb_upper on the regulation's worked examples", () => {
  it.each(WORKED_EXAMPLES)('writes ¥$amount as $ours, a form the regulation accepts', ({ amount, accepted, ours }) => {
    expect(accepted).toContain('人民币' + ours);
    expect(rmbUpper(amount)).toBe(ours);
  });
});

describe('rmb_upper', () => {
  it.each([
    [10000, '壹万元整'],
    [1234.56, '壹仟贰佰叁拾肆元伍角陆分'],
    [0.5, '伍角整'],
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
    [1000.5, '壹仟元零伍角整'],
    [1600.3, '壹仟陆佰元零叁角整'],
    [1007000.53, '壹佰万柒仟元零伍角叁分'],
    [100000700, '壹亿零柒佰元整'],
    [10000700, '壹仟万零柒佰元整'],
    [0.55, '伍角伍分'],
    [12.3, '壹拾贰元叁角整'],
    [110, '壹佰壹拾元整'],
    [100000, '壹拾万元整'],
    [1000000000, '壹拾亿元整'],
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
