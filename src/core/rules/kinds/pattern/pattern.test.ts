import { runKindTable } from '../../../../../tests/core/rules/fixtures/kind-table';

runKindTable({
  kind: 'pattern',
  params: {
    patterns: ['(联系|通知|告知).{0,6}(家人|父母|单位|同事)', '已.{0,4}(立案|起诉)', '限你\\d+(小时|天)'],
    allow: ['已撤销起诉'],
  },
  valid: ['请您尽快还款。', '我司已撤销起诉。', '请联系我们'],
  invalid: [
    { text: '我们将通知您的家人', highlight: ['通知您的家人'] },
    { text: '您已被法院立案', highlight: ['已被法院立案'] },
    { text: '限你２４小时内还清', highlight: ['限你２４小时'] },
    { text: '限你 3 天', highlight: ['限你 3 天'] },
    { text: '已，被 起诉！限你1天', highlight: ['已，被 起诉', '限你1天'] },
  ],
  badParams: [
    { patterns: [] },
    { patterns: ['('] },
    { patterns: ['x?'] },
    { patterns: ['a'], allow: 'x' },
    { patterns: ['a'], suggestions: { first: '您' } },
    { patterns: ['a'], suggestions: { '1': '您' } },
  ],
});

runKindTable({
  kind: 'pattern',
  label: 'on the original text',
  params: { patterns: ['(?<!^)【', '(?<!^【[^【】]{0,30})】', '[★￥]', 'VIP'], allow: ['★★'], on: 'original' },
  valid: ['【钱站】您好，请还款。', '【钱站】评级★★', '您好 vip 客户'],
  invalid: [
    { text: '【钱站】您好【重要】请还款', highlight: ['【', '】'] },
    { text: '请 还 款 ★ 金额￥100', highlight: ['★', '￥'] },
    { text: '【钱站】尊敬的VIP客户', highlight: ['VIP'] },
  ],
  badParams: [
    { patterns: ['a'], on: 'raw' },
    { patterns: ['x?'], on: 'original' },
  ],
});

runKindTable({
  kind: 'pattern',
  label: 'within one clause',
  params: { patterns: ['通知\\p{Script=Han}{0,12}?家人'], withinClause: true },
  valid: ['特此通知您。祝家人安康', '我们会通知您，请家人放心', '通知您；家人'],
  invalid: [
    { text: '我们将通知你的家人', highlight: ['通知你的家人'] },
    { text: '特此通知您。明天通知你全部家人', highlight: ['通知你全部家人'] },
  ],
  badParams: [
    { patterns: ['a'], withinClause: 'yes' },
    { patterns: ['a'], withinClause: true, on: 'original' },
  ],
});

runKindTable({
  kind: 'pattern',
  label: 'corroborated by the model',
  params: { patterns: ['(?:打电话|联系)\\p{Script=Han}{0,6}?(?:家人|同事)'], corroboratedBy: 'threat' },
  valid: ['如需家人代为还款，请联系家人本人在APP内办理。', '您好，请您联系家人确认收货地址。'],
  invalid: [
    {
      text: '再不还钱，我们马上挨个打电话给你的家人和同事，让所有人都知道你欠钱不还！',
      highlight: ['打电话给你的家人'],
    },
  ],
  badParams: [
    { patterns: ['a'], corroboratedBy: 'gossip' },
    { patterns: ['a'], corroboratedBy: 1 },
    { patterns: ['a'], corroboratedBy: [] },
    { patterns: ['a'], corroboratedBy: ['threat', 'gossip'] },
  ],
});

runKindTable({
  kind: 'pattern',
  label: 'corroborated by any of several readings',
  params: { patterns: ['(?:打电话|联系)\\p{Script=Han}{0,6}?(?:家人|同事)'], corroboratedBy: ['privacy', 'threat'] },
  valid: ['如需家人代为还款，请联系家人本人在APP内办理。'],
  invalid: [
    {
      text: '再不还钱，我们马上挨个打电话给你的家人和同事，让所有人都知道你欠钱不还！',
      highlight: ['打电话给你的家人'],
    },
  ],
  badParams: [],
});

runKindTable({
  kind: 'pattern',
  label: 'corroborated by a reading the model does not make',
  params: { patterns: ['(?:打电话|联系)\\p{Script=Han}{0,6}?(?:家人|同事)'], corroboratedBy: ['privacy'] },
  valid: ['再不还钱，我们马上挨个打电话给你的家人和同事，让所有人都知道你欠钱不还！'],
  invalid: [],
  badParams: [],
});
