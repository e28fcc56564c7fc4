import { runKindTable } from '../../../../../tests/core/rules/fixtures/kind-table';

const bad = [{ element: 'nope' }, { element: 'custom' }, { element: 'signature', signature: { min: 5, max: 2 } }];

runKindTable({
  kind: 'required',
  label: 'signature',
  params: { element: 'signature' },
  valid: ['【钱站】您好', '【示例消费金融】您好', '【{{ platform.name }}】您好'],
  invalid: [
    { text: '您好【钱站】', highlight: [''] },
    { text: ' 【钱站】您好', highlight: [''] },
    { text: '【】您好', highlight: [''] },
    { text: '【站】您好', highlight: [''] },
    { text: '【{{ borrower.nickname }}】您好', highlight: [''] },
  ],
  badParams: bad,
});

runKindTable({
  kind: 'required',
  label: 'amount',
  params: { element: 'amount' },
  valid: [
    '欠款1,234.56元',
    '人民币壹万元整',
    '应还¥100',
    '应还￥１００',
    '共计RMB 500',
    '应还{{ loan.amount_due }}元',
    '应还 100 块',
    '合计零壹拾元',
    `应还${'1'.repeat(5000)}元`,
  ],
  invalid: [
    { text: '请尽快还款', highlight: [''] },
    { text: '逾期7天', highlight: [''] },
    { text: '拾万元', highlight: [''] },
    { text: `${'壹'.repeat(1000)}`, highlight: [''] },
  ],
  badParams: bad,
});

runKindTable({
  kind: 'required',
  label: 'date_or_days',
  params: { element: 'date_or_days' },
  valid: [
    '请于2023年4月1日前还款',
    '到期日2023-03-25',
    '请于4月1日前',
    '您已逾期7天',
    '已逾期{{ loan.overdue_days }}天',
  ],
  invalid: [{ text: '请尽快还款', highlight: [''] }],
  badParams: bad,
});

runKindTable({
  kind: 'required',
  label: 'repayment_channel',
  params: { element: 'repayment_channel' },
  valid: ['请登录APP还款', '请通过官方渠道还款', '请在钱站APP还款', '请在{{ platform.app_name }}还款'],
  invalid: [{ text: '请尽快还款', highlight: [''] }],
  badParams: bad,
});

runKindTable({
  kind: 'required',
  label: 'hotline',
  params: { element: 'hotline' },
  valid: ['客服400-000-1234', '致电95588', '致电010-12345678', '客服{{ platform.hotline }}'],
  invalid: [
    { text: '请尽快还款', highlight: [''] },
    { text: '请致电13800001234', highlight: [''] },
  ],
  badParams: bad,
});

runKindTable({
  kind: 'required',
  label: 'institution',
  params: { element: 'institution' },
  valid: ['钱站提醒您', '示例消费金融有限公司提醒您', '某某银行提醒您'],
  invalid: [{ text: '请尽快还款', highlight: [''] }],
  badParams: bad,
});

runKindTable({
  kind: 'required',
  label: 'custom',
  params: { element: 'custom', patterns: ['退订回t', '回复td'] },
  valid: ['退订回T', '回复TD退订'],
  invalid: [{ text: '请尽快还款', highlight: [''] }],
  badParams: [
    { element: 'custom', patterns: [] },
    { element: 'custom', patterns: ['('] },
  ],
});
