import { describe, expect, it } from 'vitest';
import { renderTemplate, renderLimitsDefault } from '../../../src/core/render/render-template';
import type { Problem } from '../../../src/core/result';

const data = {
  borrower: { name: '张三', gender: '男', id_number: '110101199003071234', phone: '13812345678' },
  loan: { amount_due: 10000, due_date: '2023-04-01', bank_card: '6222021234567891234' },
  contacts: [{ name: '李四', phone: '13900000000' }],
};

function problemOf(source: string, input: unknown = data, opts = {}): Problem {
  const result = renderTemplate(source, input, opts);
  if (result.ok) throw new Error(`expected a problem, rendered ${JSON.stringify(result.text.slice(0, 80))}`);
  expect(result.problems).toHaveLength(1);
  return result.problems[0] as Problem;
}
const slice = (source: string, p: Problem) => source.slice(p.start, p.end);

describe('renderTemplate', () => {
  it('renders plain text with no Liquid to itself', () => {
    const text = '【钱站】尊敬的客户，您的借款已逾期，请及时还款。客服电话：400-000-0000 {not liquid} } {';
    expect(renderTemplate(text, data)).toEqual({ ok: true, text });
  });

  it('renders the seed message with the domain filters', () => {
    const source =
      '尊敬的{{ borrower.name }}{{ borrower.gender | honorific }}，目前尚欠人民币{{ loan.amount_due | rmb_upper }}。请您务必于{{ loan.due_date | date_cn }}前完成还款，尾号{{ loan.bank_card | last4 }}。';
    expect(renderTemplate(source, data)).toEqual({
      ok: true,
      text: '尊敬的张三先生，目前尚欠人民币壹万元整。请您务必于2023年4月1日前完成还款，尾号1234。',
    });
  });

  it('renders a missing variable as empty when not strict', () => {
    expect(renderTemplate('a{{ borrower.nickname }}b', data)).toEqual({ ok: true, text: 'ab' });
  });

  it('does not escape HTML in the output', () => {
    expect(renderTemplate('{{ v }}', { v: '<b>&' })).toEqual({ ok: true, text: '<b>&' });
  });

  it('does not read inherited properties', () => {
    expect(renderTemplate('{{ v.constructor }}|{{ v.toString }}', { v: {} })).toEqual({ ok: true, text: '|' });
  });

  it('leaves the caller data untouched when the template increments a counter', () => {
    const input = { n: 5 };
    expect(renderTemplate('{% increment c %}{% increment c %}', input)).toEqual({ ok: true, text: '01' });
    expect(input).toEqual({ n: 5 });
  });

  it('renders non-object data as an empty scope', () => {
    expect(renderTemplate('x{{ a }}y', null)).toEqual({ ok: true, text: 'xy' });
    expect(renderTemplate('x{{ a }}y', 'str')).toEqual({ ok: true, text: 'xy' });
  });

  it('prints built-in dates in China Standard Time whatever the machine time zone', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const result = renderTemplate('{{ loan.due_date | date: "%Y年%-m月%-d日 %H:%M" }}', data);
      expect(result).toEqual({ ok: true, text: '2023年4月1日 08:00' });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('reports template/parse with the tag offsets when a tag is not closed', () => {
    const source = 'ab {% if borrower.name %}x';
    const p = problemOf(source);
    expect(p.code).toBe('template/parse');
    expect(slice(source, p)).toBe('{% if borrower.name %}');
    expect([p.line, p.column]).toEqual([1, 4]);
  });

  it('reports template/parse when an output is not closed', () => {
    const source = '第一行\n{{ borrower.name';
    const p = problemOf(source);
    expect(p.code).toBe('template/parse');
    expect(slice(source, p)).toBe('{{ borrower.name');
    expect([p.line, p.column]).toEqual([2, 1]);
  });

  it('reports template/parse on the filter name when a filter is unknown', () => {
    const source = '您好{{ borrower.name | upcase | nope }}';
    const p = problemOf(source);
    expect(p.code).toBe('template/parse');
    expect(slice(source, p)).toBe('nope');
  });

  it('reports an include as a render problem, never a file or network read', () => {
    const source = '{% include "../../etc/passwd" %}';
    const p = problemOf(source);
    expect(p.code).toBe('template/render');
    expect(slice(source, p)).toBe(source);
  });

  it('reports template/undefined-variable at the variable when strict and a field is missing', () => {
    const source = '您好 {{ borrower.nickname | upcase }}';
    const p = problemOf(source, data, { strictVariables: true });
    expect(p.code).toBe('template/undefined-variable');
    expect(slice(source, p)).toBe('borrower.nickname');
  });

  it('lets a strict template test an optional field that is missing', () => {
    const source = '{% if agency.name %}委托{{ agency.name }}{% endif %}{{ agency.hotline | default: "无" }}';
    expect(renderTemplate(source, data, { strictVariables: true })).toEqual({ ok: true, text: '无' });
  });

  it.each([
    ['{{ loan.amount_due | rmb_upper }}', { loan: { amount_due: -5 } }, 'rmb_upper'],
    ['{{ loan.amount_due | rmb_upper }}', { loan: { amount_due: 'abc' } }, 'rmb_upper'],
    ['{{ loan.amount_due | rmb_upper }}', { loan: { amount_due: 2e12 } }, 'rmb_upper'],
    ['应还 {{ loan.amount_due | cny: "USD" }}', data, 'cny: "USD"'],
    ['日期{{ loan.due_date | date_cn }}', { loan: { due_date: '2023-02-30' } }, 'date_cn'],
  ])('reports template/render at the filter when %s gets bad input', (source, input, highlighted) => {
    const p = problemOf(source, input);
    expect(p.code).toBe('template/render');
    expect(slice(source, p)).toBe(highlighted);
  });

  describe('limits', () => {
    const bombs: [string, string][] = [
      ['a 100M range', '{% for i in (1..100000000) %}x{% endfor %}'],
      ['a 3000×3000 nested loop', '{% for i in (1..3000) %}{% for j in (1..3000) %}x{% endfor %}{% endfor %}'],
      ['a silent 3000×3000 nested loop', '{% for i in (1..3000) %}{% for j in (1..3000) %}{% endfor %}{% endfor %}'],
      [
        'string doubling with append',
        '{% assign s = "x" %}{% for i in (1..64) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}',
      ],
      [
        'capture doubling',
        '{% capture s %}x{% endcapture %}{% for i in (1..64) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s.size }}',
      ],
      ['a 2 MB source', '短信'.repeat(1_000_000)],
    ];

    it.each(bombs)('reports template/limit for %s', (_name, source) => {
      expect(problemOf(source).code).toBe('template/limit');
    });

    it('points a parse-length problem at the part past the limit', () => {
      const source = 'x'.repeat(renderLimitsDefault.parseLimit + 10);
      const p = problemOf(source);
      expect([p.start, p.end]).toEqual([renderLimitsDefault.parseLimit, source.length]);
    });

    it('points a render limit at the loop that ran away', () => {
      const source = '您好{% for i in (1..100000000) %}x{% endfor %}';
      expect(slice(source, problemOf(source))).toBe('{% for i in (1..100000000) %}');
    });

    it('honours limits passed in the options', () => {
      expect(problemOf('{{ v }}', { v: 'abcdef' }, { limits: { outputLimit: 5 } }).code).toBe('template/limit');
      expect(renderTemplate('{{ v }}', { v: 'abcdef' })).toEqual({ ok: true, text: 'abcdef' });
      expect(problemOf('abcdef', {}, { limits: { parseLimit: 3 } }).code).toBe('template/limit');
    });

    it('reports template/limit for deeply nested tags instead of overflowing the stack', () => {
      const source = '{%if a%}'.repeat(5000) + 'x' + '{%endif%}'.repeat(5000);
      expect(source.length).toBeLessThan(renderLimitsDefault.parseLimit);
      expect(problemOf(source, { a: true }).code).toBe('template/limit');
    });
  });
});
