import { runKindTable } from '../../../../../tests/core/rules/fixtures/kind-table';

runKindTable({
  kind: 'terms',
  params: {
    terms: ['老赖', '坐牢', '律师函', '后果自负', '诉讼', '上门'],
    allow: ['依法通过诉讼等途径主张权利', '不会上门'],
    suggestions: { 老赖: '您' },
  },
  valid: ['您好，请按时还款。', '我司将依法通过诉讼等途径主张权利。', '我们不会上门打扰您。', '老师好', ''],
  invalid: [
    { text: '你这个老赖', highlight: ['老赖'] },
    { text: '你这个老*赖快还钱', highlight: ['老*赖'] },
    { text: '小心坐 牢', highlight: ['坐 牢'] },
    { text: '即将发送律\u200b师函', highlight: ['律\u200b师函'] },
    { text: '逾期不還，後果自負', highlight: ['後果自負'] },
    { text: '老赖，我们将上门，并提起诉讼', highlight: ['老赖', '上门', '诉讼'] },
    { text: '我司不会上门，但会上门核实', highlight: ['上门'] },
    { text: 'ＬＡＯ老赖', highlight: ['老赖'] },
  ],
  badParams: [
    { terms: [] },
    { terms: ['a'], extra: 1 },
    { terms: 'a' },
    {},
    { terms: ['\u200b'] },
    { terms: ['a'], allow: ['b'] },
  ],
});
