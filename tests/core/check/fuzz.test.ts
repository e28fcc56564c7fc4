import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplate, defaultRuleset, type Report } from '../../../src/core/index';
import { SAMPLE, SAMPLE_2 } from '../rules/fixtures/sample';

// NOTE: pieces a writer or an abuser might put in a template: text with banned and lawful wording, evasions,
// PII-like digits, variables with and without filters, tags (some broken), and odd Unicode.
const TEXT = [
  '您好',
  '【钱站】',
  '请尽快还款',
  '老赖',
  '老*赖',
  '坐 牢',
  '律\u200b师函',
  '上门',
  '我们不会上门',
  '通知你的家人',
  '110101199003070118',
  '13800001234',
  '6217000000000001234',
  '¥',
  '1,234.56元',
  '壹万元整',
  '，',
  '。',
  '\n',
  ' ',
  '𠀀',
  '\u0000',
  '\u001b[31m',
  '<b>',
  'abc',
  '{',
  '}',
  '%',
];
const VARIABLES = [
  'borrower.name',
  'borrower.id_number',
  'borrower.phone',
  'loan.amount_due',
  'loan.due_date',
  'loan.overdue_days',
  'platform.signature',
  'contacts',
  'nope.missing',
];
const FILTERS = ['', ' | surname', ' | honorific', ' | rmb_upper', ' | date_cn', ' | mask_id', ' | upcase', ' | nope'];
const TAGS = [
  '{% if loan.overdue_days > 3 %}逾期{% endif %}',
  '{% for c in contacts %}{{ c.name }}{% endfor %}',
  '{% assign x = borrower.name %}{{ x }}',
  '{% capture y %}{{ loan.amount_due }}{% endcapture %}{{ y }}',
  '{% for i in (1..3) %}{{ i }}{% endfor %}',
  '{% if %}',
  '{{',
  '{% endfor %}',
  '{% raw %}{{ x }}{% endraw %}',
  '{% comment %}老赖{% endcomment %}',
];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TEXT) },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom(...VARIABLES), fc.constantFrom(...FILTERS)).map(([v, f]) => `{{ ${v}${f} }}`),
  },
  { weight: 2, arbitrary: fc.constantFrom(...TAGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const template = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

const ruleset = defaultRuleset();
const samples = [SAMPLE, SAMPLE_2];

function inside(start: number | undefined, end: number | undefined, length: number): boolean {
  if (start === undefined) return end === undefined;
  return end !== undefined && 0 <= start && start <= end && end <= length;
}

function assertShape(source: string, report: Report): void {
  expect(['pass', 'warn', 'block']).toContain(report.verdict);
  expect(report.score).toBeGreaterThanOrEqual(0);
  expect(report.score).toBeLessThanOrEqual(100);
  expect(report.problems.filter((p) => p.code === 'internal')).toEqual([]);
  const texts = new Map(report.samples.map((s) => [s.sampleId, s.text]));
  for (const f of report.findings) {
    expect(typeof f.ruleId).toBe('string');
    expect(typeof f.messageId).toBe('string');
    if (f.target === 'source') expect(inside(f.start, f.end, source.length)).toBe(true);
    if (f.target === 'output' && f.start !== undefined) {
      expect(inside(f.start, f.end, texts.get(f.sampleId ?? '')?.length ?? -1)).toBe(true);
    }
    if (f.sourceStart !== undefined) expect(inside(f.sourceStart, f.sourceEnd, source.length)).toBe(true);
  }
  for (const p of report.problems) {
    if (p.start !== undefined && p.sampleId === undefined) expect(inside(p.start, p.end, source.length)).toBe(true);
  }
}

describe('checkTemplate on 10,000 generated templates', () => {
  it('always answers a well-formed report with offsets inside the source and no internal problem', () => {
    fc.assert(
      fc.property(template, (source) => {
        assertShape(source, checkTemplate({ source }, { ruleset, samples }));
      }),
      { numRuns: 10_000, seed: 20261206, endOnFailure: true },
    );
    // NOTE: a generous bound so a loaded machine does not fail it; it takes seconds when the machine is idle.
  }, 300_000);
});
