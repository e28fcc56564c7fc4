import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasDigitRun } from '../../../src/core/pii/digit-view';
import { findPii, findPiiFull } from '../../../src/core/pii/find-pii';
import { toFullWidth, withIdCheck, withLuhn } from './helpers';

/** Pieces a number can be built from or broken by: digits, every separator form the recognisers accept, noise. */
const PIECES = [
  ...'0123456789',
  ...'０１２３４５６７８９',
  'x',
  'X',
  'ｘ',
  'Ｘ',
  ' ',
  '\u3000',
  '\u00a0',
  '\t',
  '-',
  '\u2013',
  '\uff0d',
  '+',
  '＋',
  '+86',
  '0086',
  '86',
  '\u200b',
  '\ufeff',
  '\u00ad',
  '\u2060',
  'a',
  '中',
  '：',
  '.',
  ',',
  '*',
  '\n',
];
const valid = fc.oneof(
  fc
    .stringMatching(/^[1-6][0-9]{5}(19[5-9][0-9]|200[0-9])(0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[0-8])[0-9]{3}$/)
    .map(withIdCheck),
  fc.stringMatching(/^62[0-9]{13,16}$/).map(withLuhn),
  fc.stringMatching(/^1[3-9][0-9]{9}$/),
);
/** A valid number, optionally full-width, with separators or zero-width characters spliced in. */
const number = fc
  .tuple(
    valid,
    fc.boolean(),
    fc.array(fc.tuple(fc.nat(20), fc.constantFrom(' ', '-', '.', '\u200b', '\ufeff')), { maxLength: 3 }),
  )
  .map(([n, wide, cuts]) => {
    let s = wide ? toFullWidth(n) : n;
    for (const [at, sep] of cuts) s = s.slice(0, at) + sep + s.slice(at);
    return s;
  });
const digitHeavy = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: number }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

describe('findPii prefilter', () => {
  it('reports the same matches as the unfiltered recognisers when the text is digit-heavy', () => {
    fc.assert(
      fc.property(digitHeavy, (text) => {
        expect(findPii(text)).toEqual(findPiiFull(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reports no match from the unfiltered recognisers when no 11-digit run exists', () => {
    fc.assert(
      fc.property(digitHeavy, (text) => {
        if (!hasDigitRun(text, 11)) expect(findPiiFull(text)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a 10-digit hotline', '客服400-820-8820', false],
    ['an 11-digit mobile', '电话13800138000', true],
    ['a mobile split by zero-width and full-width space', '电话138\u200b0013\u30008000', true],
    ['a full-width mobile', '电话１３８００１３８０００', true],
    ['two numbers split by a letter', '12345a6789012', false],
    ['+86 before ten digits', '+86 1380013800', true],
  ])('reports whether a digit run exists when the text has %s', (_, text, expected) => {
    expect(hasDigitRun(text, 11)).toBe(expected);
  });
});
