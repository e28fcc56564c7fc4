import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../src/core/render/render-template';

const data = { borrower: { name: '张三' }, loan: { amount_due: 1e21 } };
const codeOf = (source: string, strictVariables = true): string => {
  const r = renderTemplate(source, data, { strictVariables });
  return r.ok ? `ok:${r.text}` : (r.problems[0]?.code ?? 'none');
};

describe('renderTemplate with a hostile template', () => {
  it.each([
    ["{% render 'package.json' %}", 'template/render'],
    ["{% layout '../package.json' %}x", 'template/render'],
    ["{% liquid\ninclude 'package.json'\n%}", 'template/render'],
    ['{% include borrower.name %}', 'template/render'],
  ])('reports %s as a render problem, never a file read', (source, code) => {
    expect(codeOf(source)).toBe(code);
  });

  it.each([
    ['{{ borrower.constructor }}'],
    ["{{ 'x'.constructor }}"],
    ['{{ borrower.__proto__ }}'],
    ["{{ borrower['__proto__'].constructor }}"],
    ['{{ borrower.name.constructor.name }}'],
  ])('reports %s as undefined-variable in strict mode (no prototype access)', (source) => {
    expect(codeOf(source)).toBe('template/undefined-variable');
  });

  it('renders prototype names as plain variables and leaves Object.prototype alone', () => {
    const data = { borrower: { polluted: 'yes' } };
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const cases: [string, string][] = [
      ['{% assign __proto__ = borrower %}{{ polluted }}|{{ __proto__.polluted }}', '|yes'],
      ['{% capture __proto__ %}polluted{% endcapture %}{{ __proto__ }}', 'polluted'],
      ['{% for constructor in (1..2) %}{{ constructor }}{% endfor %}', '12'],
      ['{{ borrower.constructor }}|{{ borrower.__proto__ }}|{{ polluted }}', '||'],
    ];
    for (const [source, text] of cases) expect(renderTemplate(source, data)).toEqual({ ok: true, text });
    expect(renderTemplate('{% increment __proto__ %}', data).ok).toBe(true);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['5000 nested ifs', '{% if a %}'.repeat(5000) + '{% endif %}'.repeat(5000), 'template/limit'],
    ['cny of 1e21', '{{ loan.amount_due | cny }}', 'template/render'],
    ['rmb_upper of 1e21', '{{ loan.amount_due | rmb_upper }}', 'template/render'],
    ["rmb_upper of 'NaN'", "{{ 'NaN' | rmb_upper }}", 'template/render'],
  ])('reports a problem value, never a throw, for %s', (_label, source, code) => {
    expect(codeOf(source)).toBe(code);
  });
});
