import { runKindTable } from '../../../../../tests/core/rules/fixtures/kind-table';

const contact = { audience: 'contact' } as const;

runKindTable({
  kind: 'meta',
  label: 'audience',
  target: 'meta',
  params: { check: 'audience', patterns: ['欠款|逾期|还款'] },
  valid: [
    { text: '请提醒{{ borrower.name }}联系我们', meta: contact },
    { text: '您已逾期', meta: { audience: 'debtor' } },
  ],
  invalid: [{ text: '张三已逾期，请督促还款', meta: contact, highlight: ['逾期', '还款'] }],
  badParams: [{ check: 'nope' }, { check: 'audience', patterns: ['('] }],
});

runKindTable({
  kind: 'meta',
  label: 'audience without patterns',
  target: 'meta',
  params: { check: 'audience' },
  valid: ['您好'],
  invalid: [{ text: '您好', meta: contact, highlight: [''] }],
  badParams: [{ check: 'audience', extra: true }],
});

runKindTable({
  kind: 'meta',
  label: 'send-window',
  target: 'meta',
  params: { check: 'send-window', earliest: '08:00', latest: '22:00', warnAfter: '21:00' },
  valid: ['您好', { text: '您好', meta: { audience: 'debtor', sendWindow: { start: '08:00', end: '21:00' } } }],
  invalid: [
    { text: '您好', meta: { audience: 'debtor', sendWindow: { start: '07:30', end: '20:00' } }, highlight: [''] },
    { text: '您好', meta: { audience: 'debtor', sendWindow: { start: '09:00', end: '23:00' } }, highlight: [''] },
    { text: '您好', meta: { audience: 'debtor', sendWindow: { start: '09:00', end: '21:30' } }, highlight: [''] },
    { text: '您好', meta: { audience: 'debtor', sendWindow: { start: '20:00', end: '09:00' } }, highlight: [''] },
  ],
  badParams: [
    { check: 'send-window' },
    { check: 'send-window', earliest: '8:00' },
    { check: 'send-window', latest: '24:00' },
  ],
});

runKindTable({
  kind: 'meta',
  label: 'daily-cap',
  target: 'meta',
  params: { check: 'daily-cap', maxPerDay: 2 },
  valid: ['您好', { text: '您好', meta: { audience: 'debtor', maxPerDay: 2 } }],
  invalid: [{ text: '您好', meta: { audience: 'debtor', maxPerDay: 3 }, highlight: [''] }],
  badParams: [{ check: 'daily-cap' }, { check: 'daily-cap', maxPerDay: 0 }],
});

runKindTable({
  kind: 'meta',
  label: 'opt-out',
  target: 'meta',
  params: { check: 'opt-out', patterns: ['回复td退订', '退订回t'] },
  valid: ['您好', { text: '优惠活动，回复TD退订', meta: { audience: 'debtor', commercial: true } }],
  invalid: [{ text: '优惠活动', meta: { audience: 'debtor', commercial: true }, highlight: [''] }],
  badParams: [{ check: 'opt-out' }],
});

runKindTable({
  kind: 'meta',
  label: 'complete',
  target: 'meta',
  params: { check: 'complete' },
  valid: [{ text: '您好', meta: { audience: 'debtor', stage: 'D+1' } }],
  invalid: [{ text: '您好', highlight: [''] }],
  badParams: [{ check: 'complete', maxPerDay: 'x' }],
});
