import { describe, expect, it } from 'vitest';
import { analyzeTemplate, type VariableUse } from '../../../src/core/render/analyze';
import { FIELD_BY_PATH } from '../../../src/core/samples/fields';

function usesOf(source: string): VariableUse[] {
  const result = analyzeTemplate(source);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.uses;
}

/** What the PII-taint rule does: printed PII fields whose filter chain has none of the field's masks. */
function unmasked(source: string): string[] {
  return usesOf(source)
    .filter((u) => {
      const field = FIELD_BY_PATH.get(u.path);
      return u.output && field?.pii !== undefined && !u.filters.some((f) => field.maskFilters?.includes(f));
    })
    .map((u) => `${u.path}@${source.slice(u.start, u.end)}`);
}

describe('analyzeTemplate', () => {
  it('finds nothing in plain text', () => {
    expect(usesOf('【钱站】您的借款已逾期，请及时还款。')).toEqual([]);
  });

  it('reports a printed variable with its offsets and filters', () => {
    const source = '您好{{ borrower.name | surname | append: "先生" }}';
    expect(usesOf(source)).toEqual([
      { path: 'borrower.name', start: 5, end: 18, filters: ['surname', 'append'], output: true },
    ]);
  });

  it('drops array indices and first/last from paths', () => {
    const source = '{{ contacts[0].phone }}{{ contacts.first.name }}{{ contacts["1"].relation }}';
    expect(usesOf(source).map((u) => [u.path, source.slice(u.start, u.end)])).toEqual([
      ['contacts.phone', 'contacts[0].phone'],
      ['contacts.name', 'contacts.first.name'],
      ['contacts.relation', 'contacts["1"].relation'],
    ]);
  });

  it('reports a variable only used in a condition as not printed', () => {
    const source = '{% if loan.overdue_days > 30 %}严重逾期{% endif %}';
    expect(usesOf(source)).toEqual([{ path: 'loan.overdue_days', start: 6, end: 23, filters: [], output: false }]);
  });

  it('resolves for-loop aliases to the collection path', () => {
    const source = '{% for c in contacts %}{{ c.phone }}{{ forloop.index }}{% endfor %}';
    expect(usesOf(source).map((u) => [u.path, u.output, u.via, source.slice(u.start, u.end)])).toEqual([
      ['contacts', false, undefined, 'contacts'],
      ['contacts.phone', true, 'c', 'c.phone'],
    ]);
  });

  it('resolves an assign alias with the assign filters before the output filters', () => {
    const source = '{% assign p = borrower.phone | upcase %}{{ p | strip }}';
    expect(usesOf(source)).toEqual([
      { path: 'borrower.phone', start: 14, end: 28, filters: ['upcase'], output: false },
      { path: 'borrower.phone', start: 43, end: 44, filters: ['upcase', 'strip'], output: true, via: 'p' },
    ]);
  });

  it('resolves capture aliases through what the capture printed', () => {
    const source = '{% capture t %}尾号{{ loan.bank_card | last4 }}{% endcapture %}{{ t }}';
    const printed = usesOf(source).filter((u) => u.output);
    expect(printed).toEqual([
      { path: 'loan.bank_card', start: 64, end: 65, filters: ['last4'], output: true, via: 't' },
    ]);
  });

  it('keeps both values of a variable assigned in a branch', () => {
    const source =
      '{% assign p = borrower.phone | mask_phone %}{% if x %}{% assign p = borrower.phone %}{% endif %}{{ p }}';
    expect(
      usesOf(source)
        .filter((u) => u.output)
        .map((u) => u.filters),
    ).toEqual([['mask_phone'], []]);
  });

  it('lets a later top-level assign replace the alias', () => {
    const source = '{% assign p = borrower.phone %}{% assign p = "热线" %}{{ p }}';
    expect(usesOf(source).filter((u) => u.output)).toEqual([]);
  });

  it('reports template/parse with offsets when the template does not parse', () => {
    const source = '您好{% for c in contacts %}{{ c.name }}';
    const result = analyzeTemplate(source);
    expect(result.ok).toBe(false);
    const p = !result.ok ? result.problems[0] : undefined;
    expect(p?.code).toBe('template/parse');
    expect(p && source.slice(p.start, p.end)).toBe('{% for c in contacts %}');
  });

  describe('PII taint', () => {
    it.each([
      ['unmasked ID', '{{ borrower.id_number }}', ['borrower.id_number@borrower.id_number']],
      ['masked ID', '{{ borrower.id_number | mask_id }}', []],
      ['masked then decorated', '尾号{{ borrower.phone | last4 | prepend: "*" }}', []],
      ['unmasked via assign', '{% assign x = borrower.id_number %}号码{{ x }}', ['borrower.id_number@x']],
      ['masked via assign', '{% assign x = borrower.id_number | mask_id %}{{ x }}', []],
      ['masked at output after assign', '{% assign x = borrower.phone %}{{ x | mask_phone }}', []],
      ['unmasked via capture', '{% capture c %}电话{{ borrower.phone }}{% endcapture %}{{ c }}', ['borrower.phone@c']],
      ['masked via capture', '{% capture c %}{{ borrower.phone | mask_phone }}{% endcapture %}{{ c }}', []],
      ['captured but never printed', '{% capture c %}{{ borrower.phone }}{% endcapture %}', []],
      ['inside for', '{% for i in (1..2) %}{{ borrower.phone }}{% endfor %}', ['borrower.phone@borrower.phone']],
      ['masked inside for', '{% for i in (1..2) %}{{ borrower.phone | mask_phone }}{% endfor %}', []],
      ['inside if', '{% if borrower.phone %}{{ borrower.phone }}{% endif %}', ['borrower.phone@borrower.phone']],
      ['only in a condition', '{% if borrower.phone %}有手机{% endif %}', []],
      ['slice is not a mask', '{{ borrower.phone | slice: 0, 11 }}', ['borrower.phone@borrower.phone']],
      ['wrong mask for the field', '{{ loan.bank_card | mask_phone }}', ['loan.bank_card@loan.bank_card']],
      ['as a filter argument', '{{ "电话" | append: borrower.phone }}', ['borrower.phone@borrower.phone']],
      ['as an argument before a mask', '{{ "" | append: borrower.phone | mask_phone }}', []],
      ['echo in a liquid tag', '{% liquid\n echo borrower.id_number\n%}', ['borrower.id_number@borrower.id_number']],
      ['assign chain', '{% assign a = borrower.phone %}{% assign b = a | upcase %}{{ b }}', ['borrower.phone@b']],
      [
        'masked conditionally only',
        '{% assign p = borrower.phone %}{% if x %}{% assign p = p | mask_phone %}{% endif %}{{ p }}',
        ['borrower.phone@p'],
      ],
    ])('%s: %s', (_name, source, expected) => {
      expect(unmasked(source)).toEqual(expected);
    });
  });
});
