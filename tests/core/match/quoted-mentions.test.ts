import { describe, expect, it } from 'vitest';
import { quotedMentions } from '../../../src/core/match/quoted-mentions';
import { checkTemplate } from '../../../src/core/index';

const quoted = (text: string): string[] => quotedMentions(text).map((s) => text.slice(s.start, s.end));
const contentErrors = (text: string): string[] =>
  checkTemplate({ source: text })
    .findings.filter(
      (f) => f.severity === 'error' && !['missing_element', 'structure', 'length', 'policy'].includes(f.category),
    )
    .map((f) => f.ruleId);

describe('quotedMentions', () => {
  it.each([
    ['冒充“网警”“经侦”要求您配合调查的，都是诈骗。', ['网警', '经侦']],
    ['收到“您已被列入失信名单，请立即转账”的短信？这是诈骗。', ['您已被列入失信名单，请立即转账']],
    ['陌生号码以「爆通讯录」相威胁的，并非我司所为。', ['爆通讯录']],
    ['近期有不法分子伪造"法院传票"图片，请勿点击。', ['法院传票']],
    ['本平台从不委托任何机构以“公检法”名义催收。', ['公检法']],
    ['关于“平台会通知借款人单位”的说法不实。', ['平台会通知借款人单位']],
    ['如您收到“账户已冻结，速缴解冻费”的短信，请拨打官方客服核实。', ['账户已冻结，速缴解冻费']],
    ['若家人接到“再不还就上门”的电话，请向我们投诉。', ['再不还就上门']],
    ['收到以1069开头、含“传唤、拘留”字眼的短信，请先在APP核实。', ['传唤、拘留']],
    ['“已安排专人上门”“今晚联系单位”等短信并非本平台发送。', ['已安排专人上门', '今晚联系单位']],
    ['关于您反映的“废物”“没用”等侮辱性言语，我们已严肃处理。', ['废物', '没用']],
    ['如您收到“传票”类短信，请在法院官网查询真伪。', ['传票']],
    ['关于您投诉的外包人员说“要去你老家”一事，我们已处理。', ['要去你老家']],
    ['本平台不存在“上报公安”的做法，也不存在“爆通讯录”。', ['上报公安', '爆通讯录']],
    ['凡是以陌生号码发来的“法院执行通知”，请先核实再处理。', ['法院执行通知']],
    ['短信里的“加急处理费”请勿转账，平台不收此费。', ['加急处理费']],
  ])('finds the quoted scam words in %s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    '婚礼上我们可以帮你给亲戚们“介绍”一下你的欠款。',
    '今天再不还，系统会自动把你报成“失联逃逸人员”。',
    '谨防诈骗。明天我们就去你家“拜访”。后天再去你单位。',
    '你家人会收到“你欠钱不还”的短信，自己看着办。',
    '再不还，我们就告诉你全村你是“骗子”。',
    '如果你再拖，你单位会收到“欠款催告函”。',
    '如你收到“最后通牒”，就说明我们要上门了。',
    '你再不还，“骗子”这两个字就贴到你家门口。',
  ])('keeps quotes that are said, not mentioned: %s', (text) => {
    expect(quoted(text)).toEqual([]);
  });
});

describe('a denial right before a quote', () => {
  it('denies that quote only', () => {
    expect(quoted('不存在什么“宽限”，“明天上门”说到做到。')).toEqual(['宽限']);
  });
});

describe('pattern rules skip quoted mentions', () => {
  it('passes an anti-fraud notice that quotes the scam words', () => {
    expect(contentErrors('近期有不法分子伪造“法院传票”图片并通过短信发送链接，请勿点击陌生链接。')).toEqual([]);
  });

  it('still blocks the same words said outright', () => {
    expect(contentErrors('法院传票已发出，请立即还款。')).not.toEqual([]);
  });

  it('passes a warning that quotes what another sender wrote, and blocks the same quote as a threat', () => {
    expect(contentErrors('【钱站】如您的同事收到“你同事欠款不还，请转告”的短信，请告知其并非本平台发送。')).toEqual([]);
    expect(contentErrors('再不还，你同事会收到“你同事欠款不还，请转告”的短信。')).not.toEqual([]);
  });
});
