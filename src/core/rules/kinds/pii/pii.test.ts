import { runKindTable } from '../../../../../tests/core/rules/fixtures/kind-table';

runKindTable({
  kind: 'pii',
  params: { kinds: ['cn_id', 'mobile', 'bank_card'], allowFields: ['borrower.phone'] },
  valid: ['身份证号110101********0118', '尾号1234的银行卡', '手机138****1234', '本人号码13800001234', '金额10000元'],
  invalid: [
    { text: '身份证110101199003070118已登记', highlight: ['110101199003070118'] },
    { text: '请联系13900004321', highlight: ['13900004321'] },
    { text: '卡号6217000000000001234', highlight: ['6217000000000001234'] },
  ],
  badParams: [{ kinds: [] }, { kinds: ['email'] }, { kinds: ['mobile'], allowFields: ['borrower.nope'] }],
});

runKindTable({
  kind: 'pii',
  label: 'one kind only',
  params: { kinds: ['cn_id'] },
  valid: ['请联系13900004321'],
  invalid: [{ text: '证件110101199003070118', highlight: ['110101199003070118'] }],
  badParams: [{ kinds: 'cn_id' }],
});

runKindTable({
  kind: 'pii',
  label: 'a number the sender gives as their own line',
  params: { kinds: ['mobile'], ownLineCues: ['联系我', '我的手机'] },
  valid: ['有事请联系我，号码13900004321', '我的手机：13900004321'],
  invalid: [
    { text: '请联系我们13900004321', highlight: ['13900004321'] },
    { text: '联系我，你妈13900004321', highlight: ['13900004321'] },
  ],
  badParams: [{ kinds: ['mobile'], ownLineCues: ['我'] }],
});
