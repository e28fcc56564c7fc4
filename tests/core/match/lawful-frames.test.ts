import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/index';
import { deniedAfter, lawfulFrames, opensNegated } from '../../../src/core/match/lawful-frames';

const framed = (text: string): string[] => lawfulFrames(text).map((s) => text.slice(s.start, s.end));
const contentErrors = (text: string): string[] =>
  checkTemplate({ source: text })
    .findings.filter(
      (f) => f.severity === 'error' && !['missing_element', 'structure', 'length', 'policy'].includes(f.category),
    )
    .map((f) => f.ruleId);

describe('lawfulFrames', () => {
  it.each([
    ['如您发现催收人员上门骚扰，请拨打投诉电话。', '如您发现催收人员上门骚扰，请拨打投诉'],
    ['若有人以法院名义要求转账，请勿理会。', '若有人以法院名义要求转账，请勿理会'],
    ['只有经法院判决生效的人才会被限制高消费，逾期本身不会。', '只有经法院判决生效的人才会被限制高消费'],
    ['如果判决生效后仍不履行，法院可以依法强制执行。', '如果判决生效后仍不履行，法院可以依法强制执行。'],
    ['您的逾期记录已上报征信中心，如有异议可申请更正。', '您的逾期记录已上报征信中心，如有异议'],
    ['如确有必要上门，我们将提前电话预约。', '如确有必要上门，我们将提前电话预约'],
    ['若您已被法院列为被执行人，请尽快履行。', '若您已被法院列为被执行人，请尽快履行'],
    ['查封房产必须经法院裁定，请勿轻信。', '查封房产必须经法院'],
    ['警方提醒：凡以法院名义要求转账的都是诈骗。', '警方提醒：凡以法院名义要求转账的都是诈骗'],
    ['凡称能帮您删除逾期记录的，一律是骗局。', '凡称能帮您删除逾期记录的，一律是骗局'],
    [
      '假冒银行客服、以额度异常为由要求您下载会议软件的，都是诈骗。',
      '假冒银行客服、以额度异常为由要求您下载会议软件的，都是诈骗',
    ],
    ['凡要求您先交保证金再协商的来电都不可信。', '凡要求您先交保证金再协商的来电都不可信'],
    ['【某某贷】自称律师助理并声称可免除利息的都是骗子。', '自称律师助理并声称可免除利息的都是骗子'],
    ['近日有人冒充平台专员，诱导用户扫码还款到个人卡。', '有人冒充平台专员，诱导用户扫码还款到个人卡。'],
    ['不法分子常以征信修复为名收取费用，请提高警惕。', '不法分子常以征信修复为名收取费用，请提高警惕。'],
    ['如遇任何人以本平台名义威胁要联系您的家人，请立即举报。', '如遇任何人以本平台名义威胁要联系您的家人，请立即举报'],
    ['我们一直在联系您的室友孙小雨，请转告她方便时回电。', '我们一直在联系您的室友孙小雨，请转告她方便时回电'],
    ['您好，想联系您的舅舅王先生，麻烦提醒他来电客服。', '想联系您的舅舅王先生，麻烦提醒他来电'],
  ])('frames %s', (text, expected) => {
    expect(framed(text)).toContain(expected);
  });

  it.each([
    '如果你还不还，明天我们就上门。',
    '有人问起我就说你欠钱不还，你看着办。',
    '只有还钱才能不上门。',
    '法院判决后你就等着坐牢吧。',
    '如需我们上门，你家人会先知道。',
    '若判决后仍不履行，我们会让你全家不得安宁。',
    '如你已被法院列为被执行人，等着坐牢吧。',
    '凡是欠钱不还的都是诈骗，公安已经立案。',
    '有人看见你在菜市场摆摊，我们明天过去。',
    '你自称没钱，明天我们的人就到你单位。',
    '你这个骗子以为换了号码我们就找不到你家人吗',
    '你自称没钱的样子都是假的，明天上你家',
    '你就是个骗子用假身份借钱，我们马上联系你单位',
    '我们将联系你的家人，请转告她回电。',
    '再不还，我们要联系你的姐姐赵丽，请她转告你回电。',
    '我们需要联系你的同事，请转告他回电。',
  ])('leaves a threat unframed: %s', (text) => {
    expect(framed(text)).toEqual([]);
  });
});

describe('deniedAfter and opensNegated', () => {
  it('reads a general denial of a channel right after a hit', () => {
    const text = '起诉状不会通过微信发送。';
    expect(deniedAfter(text, 3)).toBe(true);
    expect(deniedAfter('律师函明天就到，不会通过短信再提醒。', 3)).toBe(false);
    expect(deniedAfter('上门不会提前通知你。', 2)).toBe(false);
  });

  it('reads a match that opens with 将 and a negation, but not a denial of restraint', () => {
    expect(opensNegated('还清后将不会上报征信。', 3)).toBe(true);
    expect(opensNegated('到时候将不会再客气。', 3)).toBe(false);
  });
});

describe('pattern rules skip reported conduct and stated law', () => {
  it.each([
    '【钱站】如您遇到自称“律师事务所”的人要求您向个人账户转账，请立即报警并告知我们。',
    '【钱站】只有被法院依法判决且拒不履行的人才可能被列入失信被执行人名单，普通逾期不会。',
    '【钱站】若您在法院判决生效后仍未履行，法院可依法采取限制高消费等措施。',
    '【钱站】仲裁裁决书不会通过短信发送，请以仲裁机构书面送达为准。',
    '【钱站】判决生效后如您仍未履行，我司有权依法申请强制执行。',
    '【钱站】您的逾期信息已报送征信系统，如对记录有异议，可在APP提交更正申请。',
    '【钱站】防骗提示：近来有人冒充本平台催收专员，谎称可减免罚息，诱导添加私人微信后转账。请只在APP内还款。',
    '【钱站】骗子常用“您已被立案调查”之类的说法，并让您转账到陌生个人账户。钱站不会这样做。',
    '【钱站】凡称可帮您注销账户、清除不良征信的，均是诈骗。',
    '【钱站】打扰了，我们正在联系您的表妹刘佳，有要事需其本人回电，请方便时转告其拨打400-000-1234。',
    '【钱站】我们已联系您，请您转告他们尽快回电400-000-1234。',
  ])('passes %s', (text) => {
    expect(contentErrors(text)).toEqual([]);
  });

  it.each([
    ['如你再拖，法院判决书明天就寄到你单位。', 'no-fake-legal-documents'],
    ['只有还钱才能免于被列入失信被执行人名单。', 'no-court-enforcement-consequences'],
    ['【警方提示】凡自称客服要求转账的都是诈骗，请勿相信。', 'no-legal-sender-claims'],
    ['我们将联系你的家人，请转告她回电。', 'no-threat-to-notify-others'],
    ['我们会通知您的父母，请他们转告您尽快回电。', 'no-threat-to-contact-others'],
  ])('still blocks %s', (text, ruleId) => {
    expect(contentErrors(text)).toContain(ruleId);
  });
});
