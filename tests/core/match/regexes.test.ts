import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLeadingLookbehinds } from '../../../src/core/match/leading-lookbehind';
import { compileRegexes, findRegexes } from '../../../src/core/match/regexes';

const naive = (src: string, text: string) =>
  [...text.matchAll(new RegExp(src, 'gu'))]
    .filter((m) => m[0].length > 0)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, index: 0 }));

const PATTERNS = [
  '(?<!(?:不会|不得|绝不)[^就将]{0,8})(?:上门|家访)',
  '(?<!官方)(?<!不)加(?:微信|qq)',
  '(?<=请)还款',
  '(?<!a)b|c',
  '(?<!x)(?:ab|a)c?',
];
const ALPHABET = [
  '不',
  '会',
  '上',
  '门',
  '家',
  '访',
  '就',
  '官',
  '方',
  '加',
  '微',
  '信',
  'q',
  '请',
  '还',
  '款',
  'a',
  'b',
  'c',
  'x',
  '😀',
];

describe('splitLeadingLookbehinds', () => {
  it.each([
    ['(?<!a)b', { guards: ['(?<!a)'], rest: 'b' }],
    ['(?<!(?:a|b)[^)]{0,2})(?<=c)d', { guards: ['(?<!(?:a|b)[^)]{0,2})', '(?<=c)'], rest: 'd' }],
    ['(?<!a)b|c', undefined],
    ['(?<!a)', undefined],
    ['ab', undefined],
    ['(?<!\\))b', { guards: ['(?<!\\))'], rest: 'b' }],
  ])('splits %s', (src, expected) => {
    expect(splitLeadingLookbehinds(src)).toEqual(expected);
  });
});

describe('findRegexes', () => {
  it('finds exactly what the unsplit regex finds, on any text', () => {
    const { regexes } = compileRegexes(PATTERNS, []);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        PATTERNS.forEach((src, i) => {
          expect(findRegexes([regexes[i]!], text)).toEqual(naive(src, text));
        });
      }),
      { numRuns: 300 },
    );
  });
});
