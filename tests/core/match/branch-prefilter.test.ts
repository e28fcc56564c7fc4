import { describe, expect, it } from 'vitest';
import { requiredFactorBranches } from '../../../src/core/match/regex-factors';
import { compileRegexes, findRegexes } from '../../../src/core/match/regexes';

const FAMILY = [
  '家人',
  '父母',
  '配偶',
  '子女',
  '亲戚',
  '朋友',
  '同事',
  '领导',
  '邻居',
  '室友',
  '哥哥',
  '姐姐',
  '弟弟',
  '妹妹',
];
const isFamilySet = (set: readonly string[]): boolean => set.every((f) => FAMILY.some((w) => f.includes(w)));
// one alternation behind a negation guard, long enough (after the guard) for its branches to get their own slots
const BRANCHES = [
  `(?:你|您)的?(?:${FAMILY.join('|')})\\p{Script=Han}{0,6}?(?:欠款|借款|欠钱)\\p{Script=Han}{0,6}?(?:逾期|没还|未还)`,
  `(?:转告|通知|告诉)(?:${FAMILY.join('|')})\\p{Script=Han}{0,4}?(?:还钱|还款|欠款)`,
  `(?:他|她)(?:的)?(?:网贷|借款|欠款)\\p{Script=Han}{0,6}?(?:逾期|没还|未还)`,
];
const VARIANTS = [
  ...BRANCHES,
  ...BRANCHES.map((b) => b.replace('\\p{Script=Han}', '[\\p{Script=Han}a-z]')),
  ...BRANCHES.map((b) => b.replace('\\p{Script=Han}', '[\\p{Script=Han}\\d]')),
];
const LONG = `(?<!(?:不会|绝不|从不)[^，。]{0,8})(?:${VARIANTS.join('|')})`;

describe('per-branch literal sets', () => {
  it('derives the necessary sets of every branch of a regex that is one alternation behind zero-width parts', () => {
    const branches = requiredFactorBranches(LONG, 'gu');
    expect(branches).toHaveLength(9);
    expect(branches![0]!.some(isFamilySet)).toBe(true);
    expect(requiredFactorBranches('(?:你|您)的?(?:家人|父母)', 'gu')).toBeUndefined();
    expect(requiredFactorBranches('(?:上门|外访)|\\p{Script=Han}{2}', 'gu')).toBeUndefined();
  });

  it('skips a long alternation on a text holding a literal of every whole-regex set but all of no branch', () => {
    const { regexes } = compileRegexes([LONG], []);
    expect(regexes[0]?.branches).toHaveLength(9);
    const texts = [
      '【钱站】您在钱站申请的借款已逾期30天，请尽快还款。',
      '【钱站】您的家人知道您的借款已逾期吗',
      '【钱站】您的父母的欠款已逾期，请转告父母还款',
      '我们不会告诉您的家人您的欠款已逾期',
      '她的网贷已经逾期了',
    ];
    for (const text of texts) expect(findRegexes(regexes, text)).toEqual(findRegexes(regexes, text, undefined, false));
    expect(findRegexes(regexes, texts[0]!)).toEqual([]);
    expect(findRegexes(regexes, texts[2]!).length).toBeGreaterThan(0);
  });
});

describe('the character gate of unfiltered lists', () => {
  it('finds the same hits before and after a list is used often enough to be gated', () => {
    const { regexes } = compileRegexes(
      ['[★☆※]', '[¥￥](?=\\s?\\d)', '(?<=\\d)\\s?[¥￥]', '\\p{Extended_Pictographic}'],
      [],
      false,
    );
    const texts = ['应还￥100元', '本期应还100 ¥', '★重要★请还款', '请尽快还款😊', '请尽快还款。'];
    const before = texts.map((t) => findRegexes(regexes, t, undefined, false));
    for (let i = 0; i < 40; i++) for (const t of texts) findRegexes(regexes, t, undefined, false);
    expect(texts.map((t) => findRegexes(regexes, t, undefined, false))).toEqual(before);
    expect(before.map((hits) => hits.length)).toEqual([1, 1, 2, 1, 0]);
  });
});
