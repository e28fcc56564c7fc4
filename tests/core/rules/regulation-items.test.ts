import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import { defaultSamples } from '../../../src/core/samples/defaults';

// The regulation items issue 11 §4 names, each with the existing rule that covers it (regulations.md §1–§2).
const ruleset = defaultRuleset();
const samples = defaultSamples();
const findings = (source: string, ruleId: string) =>
  checkTemplate({ source }, { ruleset, samples }).findings.filter((f) => f.ruleId === ruleId);

const LAWFUL =
  '【钱站】张先生您好，您的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，有疑问或异议请致电客服400-000-1234。';

describe('regulation items of issue 11 §4', () => {
  it.each([
    [
      'objection channel missing (信用卡办法 Art. 69)',
      '【钱站】您的借款已逾期7天，应还10000元，请尽快在钱站APP还款。',
      'inquiry-dispute-channel',
    ],
    ['half-width yen', '【钱站】您的借款应还¥100，请尽快还款。', 'charset-plain'],
    ['full-width yen', '【钱站】您的借款应还￥100，请尽快还款。', 'charset-plain'],
    ['a star', '【钱站】★重要★您的借款已逾期。', 'charset-plain'],
    [
      'over 500 characters once the loop is filled in',
      '【钱站】{% for i in (1..120) %}请尽快还款{% endfor %}',
      'length-max-chars',
    ],
    ['repayment to a personal account', '【钱站】今天把钱转到专员个人账户即可结清。', 'no-private-account-repayment'],
    ['scan a QR code to repay', '【钱站】请扫描下方二维码还款，今天务必结清。', 'no-private-account-repayment'],
    ['a collection fee', '【钱站】逾期将收取催收费200元。', 'no-extra-collection-fees'],
    [
      'visit costs shifted to the debtor',
      '外访人员将前往您的住所，届时费用由您承担。',
      'no-collection-costs-or-loan-to-repay',
    ],
    ['以贷还贷', '【钱站】建议您以贷还贷，先借新还旧把这笔结清。', 'no-inducing-new-borrowing'],
    ['a lawyer’s letter posted in public', '【钱站】再不还款将在你小区张贴律师函。', 'no-public-exposure'],
    [
      'a notice sent to the residents’ group',
      '【钱站】三天内不处理，就把催收通知发到你们业主群。',
      'no-public-exposure',
    ],
    ['a notice posted to WeChat Moments', '【钱站】再不还款就把催收通知发到朋友圈。', 'no-public-exposure'],
    [
      'marketing inside a collection message',
      '【钱站】您的借款已逾期3天，请尽快还款。现在还款送10元红包！',
      'no-marketing-in-collection',
    ],
  ])('%s → %s', (_, source, ruleId) => {
    expect(findings(source, ruleId).length).toBeGreaterThan(0);
    expect(findings(LAWFUL, ruleId)).toEqual([]);
  });

  it('offers a fix for currency signs that reads right: 人民币 before the number, 元 after it', () => {
    expect(findings('【钱站】应还¥100，请尽快还款。', 'charset-plain').map((f) => [f.match, f.suggest])).toEqual([
      ['¥', '人民币'],
    ]);
    expect(findings('【钱站】应还100¥，请尽快还款。', 'charset-plain').map((f) => [f.match, f.suggest])).toEqual([
      ['¥', '元'],
    ]);
    expect(findings('【钱站】★重要★', 'charset-plain').every((f) => f.suggest === undefined)).toBe(true);
  });

  it('counts the 500 characters with variables and loops filled in, not in the source', () => {
    const longComment = `{% comment %}${'备注'.repeat(300)}{% endcomment %}`;
    expect(findings(`${LAWFUL}${longComment}`, 'length-max-chars')).toEqual([]);
    expect(findings('【钱站】{% for i in (1..80) %}请尽快还款{% endfor %}', 'length-max-chars')).toEqual([]);
  });

  it('accepts the in-app service as the dispute channel', () => {
    const inApp = '【钱站】您的借款已逾期7天，应还10000元。如有疑问或异议，请在钱站APP在线客服反馈。';
    expect(findings(inApp, 'inquiry-dispute-channel')).toEqual([]);
  });
});
