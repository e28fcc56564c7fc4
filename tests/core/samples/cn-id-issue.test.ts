import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cnIdCheckChar, cnIdIssue } from '../../../src/core/samples/cn-id-issue';
import { isValidCnId } from '../../../src/core/pii/cn-id';

const TODAY = new Date(2026, 11, 6, 12);

describe('cnIdIssue', () => {
  it.each([
    ['11010519491231002X', undefined],
    ['650102199508120426', undefined],
    ['44190019900101001X', undefined],
    ['110105194912310021', { issue: 'id-check', expected: 'X' }],
    ['110105194902300021', { issue: 'id-birth', birth: '19490230' }],
    ['110105189912310021', { issue: 'id-birth', birth: '18991231' }],
    ['990105194912310021', { issue: 'id-region', region: '990105' }],
    ['11010519491231002x', { issue: 'id-format' }],
    ['1101051949123100２X', { issue: 'id-format' }],
  ])('judges %s as %j', (id, expected) => {
    expect(cnIdIssue(id, TODAY)).toEqual(expected);
  });

  it('accepts only what core/pii’s validator accepts too', () => {
    const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 }).map((d) => d.join(''));
    const id = fc.oneof(
      digits.map((d) => d + cnIdCheckChar(d)),
      fc.tuple(digits, fc.constantFrom('0', '5', 'X')).map(([d, c]) => d + c),
    );
    fc.assert(
      fc.property(id, (s) => {
        if (cnIdIssue(s, TODAY) === undefined) expect(isValidCnId(s)).toBe(true);
      }),
      { seed: 11643, numRuns: 2000 },
    );
  });
});
