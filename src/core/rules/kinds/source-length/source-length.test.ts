import { runKindTable } from '../../../../../tests/core/rules/fixtures/kind-table';

runKindTable({
  kind: 'source-length',
  target: 'source',
  params: { maxChars: 5 },
  valid: ['12345', '𠀀2345'],
  invalid: [{ text: '123456', highlight: ['6'] }],
  badParams: [{ maxSegments: 2 }, {}, { maxChars: 0 }],
});
