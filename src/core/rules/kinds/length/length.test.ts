import { runKindTable } from '../../../../../tests/core/rules/fixtures/kind-table';

const seventyOne = '还'.repeat(71);

runKindTable({
  kind: 'length',
  label: 'chars',
  params: { maxChars: 10 },
  valid: ['一二三四五六七八九十', '𠀀二三四五六七八九十'],
  invalid: [
    { text: '一二三四五六七八九十一二', highlight: ['一二'] },
    { text: '𠀀二三四五六七八九十𠀀', highlight: ['𠀀'] },
  ],
  badParams: [{}, { maxSourceChars: 5 }, { maxChars: 0 }, { maxChars: 1.5 }, { maxChars: 5, extra: 1 }],
});

runKindTable({
  kind: 'length',
  label: 'segments',
  params: { maxSegments: 1 },
  valid: ['还'.repeat(70), 'a'.repeat(160)],
  invalid: [{ text: seventyOne, highlight: [''] }],
  badParams: [{ maxSegments: -1 }],
});
