import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/index';

const CONTENT = new Set(['missing_element', 'structure', 'length', 'policy']);

function contentErrors(text: string): string[] {
  return checkTemplate({ source: text, meta: { audience: 'debtor', stage: 'D+7' } })
    .findings.filter((f) => f.severity === 'error' && !CONTENT.has(f.category))
    .map((f) => f.ruleId);
}

describe('negations stay inside their clause', () => {
  it.each([
    ['我们不会上门，但会通知你的紧急联系人。', 'no-threat-to-notify-others'],
    ['不接受任何理由，明天上门。', 'no-visit-threat'],
    ['不会再提醒你了，后果自负。', 'no-violence-or-safety-threat'],
    ['我们从不骚扰，但明天会派人到你单位核实。', 'no-visit-threat'],
  ])('reports %s even though an earlier clause negates', (text, ruleId) => {
    expect(contentErrors(text)).toContain(ruleId);
  });

  it.each([
    '我们不会向您的亲友透露借款信息，如需上门服务请提前预约。',
    '我们不会上门，也不会联系您的家人，请放心。',
    '本平台从不委托任何人上门收款。',
  ])('lets a negated clause pass: %s', (text) => {
    expect(contentErrors(text)).toEqual([]);
  });
});

describe('a negated numbered list denies every item', () => {
  it.each([
    '【钱站】我们绝不会：1.冒充公检法；2.要求转入个人账户；3.联系您的亲友透露债务。',
    '【钱站】本平台承诺不会：①上门催收；②联系您的家人；③收取任何额外费用。',
    '【钱站】我司从不：(1)以坐牢相威胁；(2)联系您的单位。',
  ])('lets %s pass', (text) => {
    expect(contentErrors(text)).toEqual([]);
  });

  it.each([
    ['【钱站】我们将：1.上门拜访；2.联系您的家人和单位。', 'no-threat-to-notify-others'],
    ['【钱站】我们绝不会：1.冒充公检法。另外：2.明天通知你的家人和单位。', 'no-threat-to-notify-others'],
  ])('still reports %s (the lead-in does not deny)', (text, ruleId) => {
    expect(contentErrors(text)).toContain(ruleId);
  });
});
