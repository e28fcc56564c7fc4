import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/index';

/** The text after applying the `no-insults` quick fix of a plain-text message, or null when none is offered. */
function fixed(source: string): string | null {
  const findings = checkTemplate({ source }).findings.filter((f) => f.ruleId === 'no-insults');
  expect(findings.length).toBeGreaterThan(0);
  const withFix = findings.find((f) => f.suggest !== undefined);
  if (!withFix) return null;
  const start = withFix.sourceStart ?? withFix.start!;
  const end = withFix.sourceEnd ?? withFix.end!;
  return source.slice(0, start) + withFix.suggest! + source.slice(end);
}

describe('no-insults quick fix replaces the whole insulting address or offers none', () => {
  it.each([
    ['张三你这个老赖，欠款请尽快处理。', '张三您，欠款请尽快处理。'],
    ['你这个老*赖赶紧还款。', '您赶紧还款。'],
    ['你個老賴，請盡快還款。', '您，請盡快還款。'],
    ['你这种人渣也配借钱？', '您也配借钱？'],
    ['您这个骗子，请于今日还款。', '您，请于今日还款。'],
  ])('%s → %s', (source, expected) => {
    expect(fixed(source)).toBe(expected);
  });

  it.each(['你就是个老赖。', '老赖，还钱！', '你是老赖吗？', '臭不要脸，赶紧还钱。', '装什么死，电话也不接。'])(
    'offers no fix where no replacement reads right: %s',
    (source) => {
      expect(fixed(source)).toBeNull();
    },
  );
});
