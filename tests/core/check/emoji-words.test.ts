import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import { defaultSamples } from '../../../src/core/samples/defaults';
import { FORM_CATEGORIES } from '../corpus/measure';

const ruleset = defaultRuleset();
const samples = defaultSamples();
const errorsOf = (source: string) =>
  checkTemplate({ source }, { ruleset, samples }).findings.filter(
    (f) => f.severity === 'error' && !FORM_CATEGORIES.includes(f.category),
  );

describe('emoji that stand for a word', () => {
  it.each([
    ['张三，你就是条🐶，借钱不还', 'insult', '🐶'],
    ['李四，钱再不还，明天就去你🏠坐坐', 'threat', '🏠'],
  ])('are read as the word in %j, the finding covering the emoji', (source, category, emoji) => {
    const hits = errorsOf(source).filter((f) => f.category === category);
    expect(hits.some((f) => f.match?.includes(emoji))).toBe(true);
  });

  it('leave a reminder decorated with friendly emoji clean', () => {
    expect(
      errorsOf('【钱站】王五您好😊，本期账单将于3日后到期，请按时还款🏠，如已还款请忽略👍').map((f) => f.ruleId),
    ).toEqual([]);
  });
});
