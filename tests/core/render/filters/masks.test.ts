import { describe, expect, it } from 'vitest';
import { maskId } from '../../../../src/core/render/filters/mask-id';
import { maskPhone } from '../../../../src/core/render/filters/mask-phone';
import { maskCard } from '../../../../src/core/render/filters/mask-card';
import { last4 } from '../../../../src/core/render/filters/last4';
import { FilterInputError } from '../../../../src/core/render/filters/filter-doc';

const cases = {
  mask_id: {
    doc: maskId,
    table: [
      ['110101199003071234', '110101********1234'],
      [' 110101 19900307 1234 ', '110101********1234'],
      ['110101900307123', '110101*****7123'],
      ['12345678', '****5678'],
      ['1234', '****'],
      ['', ''],
      [null, ''],
    ],
  },
  mask_phone: {
    doc: maskPhone,
    table: [
      ['13812345678', '138****5678'],
      [13812345678, '138****5678'],
      ['+8613812345678', '138****5678'],
      ['0086 138 1234 5678', '138****5678'],
      ['010-12345678', '010****5678'],
      ['12345', '*2345'],
      ['123', '***'],
      [undefined, ''],
    ],
  },
  mask_card: {
    doc: maskCard,
    table: [
      ['6222021234567891234', '**** **** **** 1234'],
      ['6222-0212-3456-7890', '**** **** **** 7890'],
      ['1234567', '*******'],
      ['', ''],
    ],
  },
  last4: {
    doc: last4,
    table: [
      ['6222021234567891234', '1234'],
      ['138 1234 5678', '5678'],
      ['12', '12'],
      [null, ''],
    ],
  },
} as const;

describe.each(Object.entries(cases))('%s', (_name, { doc, table }) => {
  it.each(table.map(([input, output]) => [input, output]))('turns %j into %j', (input, output) => {
    expect(doc.apply(input)).toBe(output);
  });

  it('hides the birth date in the middle of an ID number', () => {
    const masked = doc.apply('110101199003071234');
    expect(masked).not.toContain('19900307');
  });

  it('refuses an object', () => {
    expect(() => doc.apply({ id: 1 })).toThrow(FilterInputError);
  });
});
