import { runKindTable } from '../rules/fixtures/kind-table';

// Markup tags and terminal control sequences between the characters of a banned word are folded like any other
// separator; the finding highlights the original characters, tags included.
runKindTable({
  kind: 'terms',
  label: 'markup between characters',
  params: { terms: ['老赖', '坐牢'] },
  valid: ['<b>您好</b>', '请按时还款<br/>谢谢', '\u001b[31m提醒\u001b[0m：请还款'],
  invalid: [
    { text: '你这个老<b>赖', highlight: ['老<b>赖'] },
    { text: '小心坐\u001b[0m牢', highlight: ['坐\u001b[0m牢'] },
    { text: '老</i>赖，坐<br/>牢', highlight: ['老</i>赖', '坐<br/>牢'] },
    { text: '<i>老</i><i>赖</i>', highlight: ['老</i><i>赖'] },
  ],
  badParams: [{ terms: [] }],
});

runKindTable({
  kind: 'pattern',
  label: 'markup between characters',
  params: { patterns: ['坐(?:牢|监)'] },
  valid: ['请勿<b>坐</b>等'],
  invalid: [{ text: '让你坐\u001b[1;31m牢\u001b[0m', highlight: ['坐\u001b[1;31m牢'] }],
  badParams: [{ patterns: [] }],
});
