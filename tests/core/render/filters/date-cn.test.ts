import { describe, expect, it } from 'vitest';
import { dateCn } from '../../../../src/core/render/filters/date-cn';
import { FilterInputError } from '../../../../src/core/render/filters/filter-doc';

describe('date_cn', () => {
  it.each([
    ['2023-03-01', '2023年3月1日'],
    ['2023-4-1', '2023年4月1日'],
    ['2023/12/31', '2023年12月31日'],
    ['2024-02-29', '2024年2月29日'],
    ['2023-03-01T23:30:00Z', '2023年3月1日'],
    [' 2023-03-01 ', '2023年3月1日'],
    [new Date(2023, 2, 1), '2023年3月1日'],
  ])('writes %j as %s', (input, expected) => {
    expect(dateCn(input)).toBe(expected);
  });

  it.each([['2023-02-29'], ['2023-13-01'], ['2023-00-10'], ['tomorrow'], [''], [null], [20230301], [new Date('x')]])(
    'refuses %j',
    (input) => {
      expect(() => dateCn(input)).toThrow(FilterInputError);
    },
  );
});
