import { runKindTable } from '../../../../../tests/core/rules/fixtures/kind-table';

runKindTable({
  kind: 'conditional',
  params: { if: ['征信'], require: ['依法报送', '资金方'] },
  valid: ['请尽快还款', '逾期记录将由资金方依法报送征信系统', '依法报送征信'],
  invalid: [
    { text: '逾期将影响您的征信', highlight: ['征信'] },
    { text: '上征信！征 信！', highlight: ['征信', '征 信'] },
  ],
  badParams: [
    { if: [], require: ['a'] },
    { if: ['a'] },
    { if: ['('], require: ['a'] },
    { if: ['a'], require: ['b'], within: -1 },
  ],
});

runKindTable({
  kind: 'conditional',
  label: 'within',
  params: { if: ['受.{1,12}委托'], require: ['钱站'], within: 4 },
  valid: ['钱站：受示例消费金融委托'],
  invalid: [{ text: '钱站通知：您好，我们受示例消费金融委托', highlight: ['受示例消费金融委托'] }],
  badParams: [{ if: ['a'], require: ['b'], within: 'x' }],
});
