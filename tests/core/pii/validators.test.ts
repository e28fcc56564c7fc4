import { describe, expect, it } from 'vitest';
import { isValidCnId, luhnValid } from '../../../src/core/pii/find-pii';
import { withIdCheck, withLuhn, withWrongIdCheck } from './helpers';

describe('isValidCnId', () => {
  it.each([
    ['a Beijing ID', withIdCheck('11010519900307123')],
    ['a leap day', withIdCheck('44030420000229456')],
    ['1900-01-01', withIdCheck('31011519000101001')],
    ['region 91', withIdCheck('91000019850615002')],
    ["the standard's own example (GB 11643-1999)", '11010519491231002X'],
    ['a birth year in the 1900s', withIdCheck('11010519050704002')],
    ['a year before 1900', withIdCheck('11010518991231123')],
    ['a birth date in the future', withIdCheck('11010520990602123')],
    ['29 February of a year divisible by 400', withIdCheck('11010520000229123')],
    ["a Taiwan resident's residence permit (83)", withIdCheck('83000019900307123')],
  ])('accepts %s', (_, id) => {
    expect(isValidCnId(id)).toBe(true);
  });

  it('accepts a lower-case x check character', () => {
    const id = ['1101051990030', '1101051990031', '1101051990032', '1101051990033', '1101051990034']
      .flatMap((p) => ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => withIdCheck(p + '123' + d)))
      .find((s) => s.endsWith('X'));
    expect(id).toBeDefined();
    expect(isValidCnId(id!.toLowerCase())).toBe(true);
  });

  it.each([
    ['a wrong check character', withWrongIdCheck('11010519900307123')],
    ['an impossible date', withIdCheck('11010519990230123')],
    ['month 13', withIdCheck('11010519901307123')],
    ["the standard's example with a wrong check character", '110105194912310021'],
    ['29 February of a year divisible by 100 only', withIdCheck('11010519000229123')],
    ['day 0', withIdCheck('11010519900300123')],
    ['31 April', withIdCheck('11010519900431123')],
    ['an unknown province', withIdCheck('99010519900307123')],
    ['province 16', withIdCheck('16010519900307123')],
    ['17 characters', '11010519900307123'],
    ['19 characters', withIdCheck('11010519900307123') + '0'],
    ['an X in the middle', '1101051990X307123' + '4'],
    ['separators', '110105 19900307 1234'],
  ])('rejects %s', (_, id) => {
    expect(isValidCnId(id)).toBe(false);
  });
});

describe('luhnValid', () => {
  it.each([withLuhn('622202123456789012'), withLuhn('621700000000000'), '79927398713', '0'])('accepts %s', (digits) => {
    expect(luhnValid(digits)).toBe(true);
  });

  it.each(['79927398710', '', '6222 0212', 'abc', '12a4'])('rejects %j', (digits) => {
    expect(luhnValid(digits)).toBe(false);
  });
});
