import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredFactors, requiredFactorSets } from '../../../src/core/match/regex-factors';

const sorted = (xs: string[] | undefined) => (xs === undefined ? undefined : [...xs].sort());

describe('requiredFactors', () => {
  it.each([
    ['abc', ['abc']],
    ['a|bc', ['a', 'bc']],
    ['(?:已|已经)?还款', ['还款']],
    ['征信(?:已经?|都)(?:花|毁)', ['征信已毁', '征信已经毁', '征信已经花', '征信已花', '征信都毁', '征信都花']],
    ['[a-c]x', ['ax', 'bx', 'cx']],
    ['[^a]b', ['b']],
    ['(?<!不)上门', ['上门']],
    ['(?<!(?:不会|不得)[^就将]{0,12})上门(?!服务)', ['上门']],
    ['a(?=b)', ['a']],
    ['^【(?:催收|法务)', ['【催收', '【法务']],
    ['(a)\\1', ['a']],
    ['\\d{4}年', ['年']],
    ['x{2,}yy', ['yy']],
    ['a{0}b', ['b']],
    ['\\x41\\u{1F600}', ['A😀']],
    ['😀+', ['😀']],
    ['[\\]\\-]z', [']z', '-z']],
    ['(?<name>ab)c', ['abc']],
    ['\\.cn', ['.cn']],
    ['a??b', ['b']],
  ])('derives the factors of /%s/', (src, expected) => {
    expect(sorted(requiredFactors(src, 'gu'))).toEqual(sorted(expected));
  });

  it.each([['.+'], ['\\p{Script=Han}{2}'], ['a*'], ['a|.'], ['(?:a|)'], ['[^x]'], ['\\s\\w'], ['\\u{D800}']])(
    'gives up on /%s/ (no literal is certain)',
    (src) => {
      expect(requiredFactors(src, 'gu')).toBeUndefined();
    },
  );

  it.each([['gi'], ['gv'], ['g']])('gives up on flags %s', (flags) => {
    expect(requiredFactors('abc', flags)).toBeUndefined();
  });

  // Soundness: whenever the regex matches, one of its factors occurs in the text.
  const TRICKY = [
    '(?:已|已经)?(?:还款|还清)(?:的)?.{0,3}(?:忽略|无视)',
    '(?<!不)(?:a|ab)?c{1,2}(?:d|)e?',
    '[a-c]{1,2}(?:x|yz)|q[^r]s',
    '(?:(?!b)[a-c])+z|za??',
    '(a|b)\\1c?',
    '\\d{2}[年月](?:\\d+|[一二])',
    '^x|y$|\\bzz',
    '(?:你|您)(?:的)?(?:家人|父母)?(?:会|将)?(?:收到|知道)',
  ];
  const ALPHABET = [...'abcdqrsxyz年月一二12你您的家人父母会将收到知道已经还款清忽略无视不 '];
  it.each(TRICKY)('never misses a match of /%s/', (src) => {
    const factors = requiredFactors(src, 'gu');
    expect(factors).toBeDefined();
    const re = new RegExp(src, 'gu');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        const matches = [...text.matchAll(re)].filter((m) => m[0].length > 0);
        for (const m of matches) expect(factors!.some((f) => m[0].includes(f))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it.each(TRICKY)('never misses a match of /%s/ with any of its further factor sets', (src) => {
    const sets = requiredFactorSets(src, 'gu');
    expect(sets?.[0]).toEqual(requiredFactors(src, 'gu'));
    const re = new RegExp(src, 'gu');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        const matches = [...text.matchAll(re)].filter((m) => m[0].length > 0);
        for (const m of matches) for (const set of sets!) expect(set.some((f) => m[0].includes(f))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    [
      '(?:你|您)的?(?:家人|父母)\\p{Script=Han}{0,4}?(?:知道|收到)',
      [
        ['你家人', '你父母', '你的家人', '你的父母', '您家人', '您父母', '您的家人', '您的父母'],
        ['知道', '收到'],
      ],
    ],
    [
      '(?:上门|外访)|(?:家访)\\p{Script=Han}{0,3}(?:核实|走访)',
      [
        ['上门', '外访', '家访'],
        ['上', '外', '核实', '走访'],
      ],
    ],
  ])('derives the necessary sets of /%s/, none implied by another', (src, expected) => {
    const sets = requiredFactorSets(src, 'gu')!.map((set) => [...set].sort());
    expect(sets).toEqual(expected.map((e) => [...e].sort()));
  });
});
