import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
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

describe('compileRegexes with seeded facts', () => {
  /** A fresh module graph whose facts list `safe` as proved sound by a build. */
  async function seededAsSafe(safe: string[]) {
    vi.resetModules();
    const facts = await import('../../../src/core/match/regex-facts');
    facts.seedRegexFacts({ factors: {}, safe: safe.map((s) => `u/${s}`) });
    return import('../../../src/core/match/regexes');
  }

  it('finds what an unseeded compile finds, the seeded regexes compiled on first use', async () => {
    const seeded = await seededAsSafe(PATTERNS);
    const { regexes, issues } = seeded.compileRegexes(PATTERNS, []);
    expect(issues).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        PATTERNS.forEach((src, i) => expect(seeded.findRegexes([regexes[i]!], text)).toEqual(naive(src, text)));
      }),
      { numRuns: 100 },
    );
  });

  it('trusts a seeded source as the build proved it: it is compiled only when first run', async () => {
    const broken = '(?<!不)上门(';
    const unseeded = compileRegexes([broken], ['params', 'patterns']);
    expect(unseeded.issues.map((i) => i.code)).toEqual(['rule/bad-regex']);
    const seeded = await seededAsSafe([broken]);
    const { regexes, issues } = seeded.compileRegexes([broken], ['params', 'patterns']);
    expect(issues).toEqual([]);
    expect(() => seeded.findRegexes(regexes, '上门', undefined, false)).toThrow(SyntaxError);
  });
});
