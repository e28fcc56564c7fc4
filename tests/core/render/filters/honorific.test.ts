import { describe, expect, it } from 'vitest';
import { honorific } from '../../../../src/core/render/filters/honorific';

describe('honorific', () => {
  it.each([
    ['男', '先生'],
    ['女', '女士'],
    [' 男 ', '先生'],
    ['Male', '先生'],
    ['F', '女士'],
    ['未知', ''],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [1, ''],
  ])('turns %j into %j', (input, expected) => {
    expect(honorific(input)).toBe(expected);
  });
});
