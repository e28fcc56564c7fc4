import { describe, expect, it } from 'vitest';
import { renderIntoPool, renderWithTrace, type OutputSpan } from '../../../src/core/render/render-trace';
import { SpanPool } from '../../../src/core/render/span-pool';
import { renderTemplate } from '../../../src/core/render/render-template';

const data = {
  borrower: { name: '张三', gender: '女', phone: '13812345678' },
  loan: { amount_due: 1234.56, overdue_days: 3 },
  contacts: [{ name: '李四' }, { name: '王五' }],
};

const LOOP_IF = [
  '【钱站】{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好：\n',
  '{% if loan.overdue_days > 0 %}您已逾期{{ loan.overdue_days }}天，{% else %}即将到期，{% endif %}',
  '{% for c in contacts %}第{{ forloop.index }}位：{{ c.name }}；{% endfor %}\n',
  '{%- assign amt = loan.amount_due | cny -%}\n  应还{{ amt }}。{% raw %}{{ 原样 }}{% endraw %}',
].join('');

function traced(source: string, input: unknown = data): { text: string; spans: OutputSpan[] } {
  const result = renderWithTrace(source, input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('renderWithTrace', () => {
  it('renders the same text as renderTemplate', () => {
    const plain = renderTemplate(LOOP_IF, data);
    expect(plain.ok && traced(LOOP_IF).text).toBe(plain.ok && plain.text);
  });

  it('maps every literal span 1:1 to its source slice in a loop/if template', () => {
    const { text, spans } = traced(LOOP_IF);
    const literals = spans.filter((s) => s.kind === 'literal');
    expect(literals.length).toBeGreaterThan(5);
    for (const s of literals) {
      expect(text.slice(s.start, s.end)).toBe(LOOP_IF.slice(s.sourceStart, s.sourceEnd));
    }
  });

  it('maps a raw block as a literal', () => {
    const source = 'a{% raw %}{{ 原样 }}{% endraw %}b';
    const { text, spans } = traced(source);
    expect(text).toBe('a{{ 原样 }}b');
    expect(spans.map((s) => [s.kind, source.slice(s.sourceStart, s.sourceEnd)])).toEqual([
      ['literal', 'a'],
      ['literal', '{{ 原样 }}'],
      ['literal', 'b'],
    ]);
  });

  it('gives leaf spans in output order without overlap, covering the whole text', () => {
    const { text, spans } = traced(LOOP_IF);
    let at = 0;
    for (const s of spans) {
      expect(s.start).toBe(at);
      expect(s.end).toBeGreaterThan(s.start);
      at = s.end;
    }
    expect(at).toBe(text.length);
  });

  it('points value spans at their whole {{ }} tag and the variable they print', () => {
    const { text, spans } = traced(LOOP_IF);
    const values = spans
      .filter((s) => s.kind === 'value')
      .map((s) => [text.slice(s.start, s.end), LOOP_IF.slice(s.sourceStart, s.sourceEnd), s.variable]);
    expect(values).toEqual([
      ['张', '{{ borrower.name | surname }}', 'borrower.name'],
      ['女士', '{{ borrower.gender | honorific }}', 'borrower.gender'],
      ['3', '{{ loan.overdue_days }}', 'loan.overdue_days'],
      ['1', '{{ forloop.index }}', undefined],
      ['李四', '{{ c.name }}', 'contacts.name'],
      ['2', '{{ forloop.index }}', undefined],
      ['王五', '{{ c.name }}', 'contacts.name'],
      ['¥1,234.56', '{{ amt }}', 'loan.amount_due'],
    ]);
  });

  it('maps text printed through a capture to the tag that prints the capture', () => {
    const source = '{% capture t %}尾号{{ borrower.phone | last4 }}{% endcapture %}您好，{{ t }}';
    const { text, spans } = traced(source);
    expect(text).toBe('您好，尾号5678');
    expect(
      spans.map((s) => [s.kind, text.slice(s.start, s.end), source.slice(s.sourceStart, s.sourceEnd), s.variable]),
    ).toEqual([
      ['literal', '您好，', '您好，', undefined],
      ['value', '尾号5678', '{{ t }}', 'borrower.phone'],
    ]);
  });

  it('stops recording spans after a break', () => {
    const source = '{% for c in contacts %}{{ c.name }}{% break %}后{% endfor %}。';
    const { text, spans } = traced(source);
    expect(text).toBe('李四。');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['李四', '。']);
  });

  it('returns the same problems as renderTemplate when rendering fails', () => {
    const source = '{% for i in (1..100000000) %}x{% endfor %}';
    const result = renderWithTrace(source, data);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['template/limit']);
  });

  it('leaves plain renders untraced after a failed trace', () => {
    renderWithTrace('{{ x | rmb_upper }}', { x: -1 });
    expect(renderTemplate('a{% if true %}b{% endif %}', {})).toEqual({ ok: true, text: 'ab' });
    expect(traced('a{% if true %}b{% endif %}').spans).toHaveLength(2);
  });

  it('keeps no span of a plain render given up half-way (liquidjs renders the sample again)', () => {
    const pool = new SpanPool();
    pool.push('literal', 0, 1, 0, 1);
    // `size` is where the plain renderer hands over to liquidjs, after the name's span
    const r = renderIntoPool('{{ borrower.name }}{{ borrower.size }}', { borrower: { name: '张三' } }, {}, pool);
    expect(r).toEqual({ ok: true, text: '张三1' });
    expect(pool.spans(1, pool.length).map((s) => [s.start, s.end, s.variable])).toEqual([
      [0, 2, 'borrower.name'],
      [2, 3, 'borrower.size'],
    ]);
  });
});
