import { runKindTable } from '../../../../../tests/core/rules/fixtures/kind-table';

runKindTable({
  kind: 'variables',
  label: 'unknown',
  target: 'source',
  params: { check: 'unknown' },
  valid: [
    '{{ borrower.name }}{{ loan.amount_due | cny }}',
    '{% for c in contacts %}{{ c.name }}{% endfor %}',
    '{{ contacts.size }}',
    '纯文本',
  ],
  invalid: [{ text: '您好{{ borrower.nmae }}', highlight: ['borrower.nmae'] }],
  badParams: [{ check: 'nope' }, {}],
});

runKindTable({
  kind: 'variables',
  label: 'banned',
  target: 'source',
  params: { check: 'banned' },
  valid: ['{{ borrower.name }}'],
  invalid: [
    { text: '请联系{{ contacts[0].phone }}', highlight: ['contacts[0].phone'] },
    { text: '{{ borrower.address }}', highlight: ['borrower.address'] },
  ],
  badParams: [{ check: 'banned', x: 1 }],
});

runKindTable({
  kind: 'variables',
  label: 'pii-unmasked',
  target: 'source',
  params: { check: 'pii-unmasked' },
  valid: [
    '{{ borrower.phone | mask_phone }}',
    '尾号{{ loan.bank_card | last4 }}',
    '{% if borrower.phone %}您好{% endif %}',
    '{% assign p = borrower.id_number | mask_id %}证件{{ p }}',
  ],
  invalid: [
    { text: '手机{{ borrower.phone }}', highlight: ['borrower.phone'] },
    { text: '卡号{{ loan.bank_card | upcase }}', highlight: ['loan.bank_card'] },
    { text: '{% assign p = borrower.id_number %}证件{{ p }}', highlight: ['p'] },
  ],
  badParams: [{ check: 'pii' }],
});

runKindTable({
  kind: 'variables',
  label: 'syntax',
  target: 'source',
  params: { check: 'syntax' },
  valid: ['{{ borrower.name }}', '纯文本'],
  invalid: [{ text: '您好{% if x %}', highlight: ['{% if x %}'] }],
  badParams: [{ check: 'syntax', extra: 1 }],
});
