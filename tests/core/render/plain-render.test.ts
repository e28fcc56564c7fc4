import { describe, expect, it } from 'vitest';
import { Drop, type Emitter, type Template } from 'liquidjs';
import { getEngine, renderParsed, rootEmitter, topScopeOf, type Engine } from '../../../src/core/render/engine';
import { parseCached } from '../../../src/core/render/parse-cache';
import { plainPlanOf, type PlainPlan } from '../../../src/core/render/plain-plan';
import { renderPlain } from '../../../src/core/render/plain-render';
import { defaultSamples } from '../../../src/core/samples/defaults';

/** A leaf written into the message, as the traced render's tracer sees it. */
type Leaf = [Template, number, number];

/** Records what the production tracer would record (non-empty leaves of the root buffer). */
const recorder =
  (leaves: Leaf[], root: () => Emitter) =>
  (template: Template, emitter: Emitter, before: number): void => {
    if (emitter !== root() || emitter.buffer.length === before || 'children' in template) return;
    leaves.push([template, before, emitter.buffer.length]);
  };

type Outcome = { text: string; leaves: Leaf[] } | { error: string };

function viaLiquid(engine: Engine, source: string, data: unknown): Outcome {
  const root = rootEmitter(engine);
  const leaves: Leaf[] = [];
  engine.tracer = recorder(leaves, () => root);
  try {
    return { text: renderParsed(engine, parseCached(engine, source).templates, data, root), leaves };
  } catch (e) {
    return { error: String(e) };
  } finally {
    engine.tracer = null;
  }
}

/** The plain renderer's outcome, or 'gave up'. */
function viaPlain(engine: Engine, plan: PlainPlan, data: unknown): Outcome | 'gave up' {
  const root = rootEmitter(engine);
  const leaves: Leaf[] = [];
  const strict = engine.liquid.options.strictVariables;
  if (
    !renderPlain(
      plan,
      topScopeOf(data),
      strict,
      root,
      recorder(leaves, () => root),
    )
  )
    return 'gave up';
  return { text: root.buffer, leaves };
}

const planOf = (engine: Engine, source: string): PlainPlan | null =>
  plainPlanOf(engine, parseCached(engine, source).templates);

class Money extends Drop {
  override valueOf(): number {
    return 5;
  }
}

const base = defaultSamples()[0]!.data;
const DATA: unknown[] = [
  ...defaultSamples().map((s) => s.data),
  { ...base, borrower: { ...base.borrower, name: null, gender: '女' } },
  { ...base, borrower: '张三' },
  { ...base, borrower: { name: '李四', size: 3, first: 'x' } },
  { ...base, loan: { ...base.loan, amount_due: -5, loan_date: '2023-02-30' } },
  { ...base, loan: { ...base.loan, amount_due: new Money() } },
  { ...base, loan: { ...base.loan, loan_date: new Date(Date.UTC(2023, 2, 1)) } },
  { ...base, borrower: { ...base.borrower, name: () => '王五' } },
  { ...base, borrower: { ...base.borrower, toLiquid: () => ({ name: '赵六' }) } },
  { ...base, borrower: Object.assign(Object.create(null) as object, { name: '孙七', gender: '男' }) },
  { ...base, agency: { name: '示例安诚', hotline: ['400', '000'] } },
  { ...base, loan: { ...base.loan, overdue_days: '45' } },
  { ...base, t: 'data', d: 1 },
  { ...base, loan: { ...base.loan, amount_due: 0, loan_date: '' } },
  null,
  [1, 2],
  '文本',
];

/** Every construct of the plain subset, and around it what the plain renderer must give up on. */
const PLAIN = [
  '纯文本，无变量',
  "{{ platform.signature }}{% assign title = borrower.gender | honorific %}尊敬的{% if title == '' %}客户{% else %}{{ borrower.name | surname }}{{ title }}{% endif %}，您{% if loan.loan_date %}于{{ loan.loan_date | date_cn }}{% endif %}欠{{ loan.amount_due | rmb_upper }}",
  '{% if borrower.gender == "男" %}先生{% elsif borrower.gender == \'女\' %}女士{% else %}客户{% endif %}{{ loan.amount_due | cny: "元" }}{{ loan.bank_card | last4 }}{{ loan.bank_card | mask_card }}',
  '{% assign d = loan.overdue_days %}{% if d > 30 and agency %}{{ agency.name }}{% endif %}{% if d <= 30 or loan.loan_date %}甲{% endif %}{% if d >= 45 %}{{ d }}{% endif %}{% if d < 10 %}乙{% endif %}{% if d != 45 %}丙{% endif %}',
  '{{ borrower.missing }}请还款',
  '{{ nope.deeper }}{% if nope.deeper %}有{% endif %}',
  '{{ borrower }}{{ borrower["name"] }}{{ constructor }}{{ toString }}{{ contacts }}{{ agency.hotline }}',
  '{% assign loan = "借据" %}{{ loan }}{% assign platform = borrower %}{{ platform.name }}',
  '{% assign t = "assigned" %}{{ t }}{{ d }}',
  '{{ borrower.name | rmb_upper }}',
  '{{ 5 }}{{ "字面" }}{{ 1.50 }}{{ loan.amount_due > 100 }}{{ borrower.phone | mask_phone }}{{ borrower.id_number | mask_id }}',
  '{{ borrower.name | salutation: borrower.gender }}{{ borrower.name | salutation: borrower.nope }}',
  '{%- if agency -%}  {{ agency.name }}  {%- endif -%}  您好 {{- borrower.name -}} ，',
  '{% if loan.amount_due %}{{ loan.amount_due | cny }}{% endif %}{{ loan.loan_date | date_cn }}',
  '{{ loan.amount_due | cny: "$" }}',
  '{% if borrower.name == borrower %}同{% endif %}{% if borrower and loan %}都有{% endif %}{% if "a" < 1 %}比{% endif %}',
  '{{ borrower.size }}',
  '{{ loan.amount_due | cny | surname }}',
  '{% assign x = nope %}{% if x == borrower.name %}空名{% endif %}{% if x == borrower.nope %}都空{% endif %}',
  '字'.repeat(19_999) + '{{ borrower.name }}',
];

/** Sources of PLAIN that liquidjs refuses (or the plain renderer gives up on) for every data above. */
const GIVES_UP_ALWAYS = new Set([PLAIN[9], PLAIN[14], PLAIN[16], PLAIN[18]]);
/** …and those that print a variable no data above has, an error with strict variables only. */
const GIVES_UP_STRICT = new Set([PLAIN[4], PLAIN[5], PLAIN[6], PLAIN[11]]);

/** Parsed fine, but outside the plain subset: rendered by liquidjs only. */
const NOT_PLAIN = [
  '{% for c in contacts %}{{ c.name }}{% endfor %}',
  '{{ borrower.name | upcase }}',
  '{{ borrower.name | default: "客户" }}',
  '{% unless agency %}自营{% endunless %}',
  '{% if nil == borrower.nick %}空{% endif %}',
  '{% if agency == empty %}空{% endif %}',
  '{% if true %}真{% endif %}',
  '{% if contacts contains "x" %}含{% endif %}',
  '{% if not agency %}否{% endif %}',
  '{{ contacts[0].name }}',
  '{{ borrower[key] }}',
  '{{ (1..3) }}',
  '{% capture x %}a{% endcapture %}{{ x }}',
  '{% raw %}{{ x }}{% endraw %}',
  '{% comment %}注{% endcomment %}',
  '{% increment n %}',
  '{% break %}后',
  '{{ borrower.name | cny: style: "元" }}',
];

describe('renderPlain', () => {
  for (const strict of [true, false]) {
    const engine = getEngine({ strictVariables: strict });
    for (const source of PLAIN) {
      it(`renders ${strict ? 'strictly' : 'leniently'} what liquidjs renders, leaf by leaf: ${source.slice(0, 60)}`, () => {
        const plan = planOf(engine, source);
        expect(plan).not.toBeNull();
        let rendered = 0;
        for (const data of DATA) {
          const liquid = viaLiquid(engine, source, data);
          const plain = viaPlain(engine, plan!, data);
          if ('error' in liquid) expect(plain).toBe('gave up');
          else if (plain !== 'gave up') {
            expect(plain).toEqual(liquid);
            rendered++;
          }
        }
        if (!GIVES_UP_ALWAYS.has(source) && !(strict && GIVES_UP_STRICT.has(source)))
          expect(rendered).toBeGreaterThan(0);
      });
    }
  }

  it('renders the default samples of the example templates itself, without giving up', () => {
    const engine = getEngine({ strictVariables: true });
    const plan = planOf(engine, PLAIN[1]!);
    for (const sample of defaultSamples()) expect(viaPlain(engine, plan!, sample.data)).not.toBe('gave up');
  });

  it('reads a missing variable in `if` and `assign` as nil with strict variables, like lenientIf', () => {
    const engine = getEngine({ strictVariables: true });
    const source = '{% assign x = nope.deeper %}{% if nope %}有{% else %}无{% endif %}{{ x }}';
    const plain = viaPlain(engine, planOf(engine, source)!, {});
    expect(plain).not.toBe('gave up');
    expect(plain).toEqual(viaLiquid(engine, source, {}));
    expect(plain !== 'gave up' && 'text' in plain && plain.text).toBe('无');
  });

  it.each([
    ['a missing variable printed with strict variables', '{{ borrower.missing }}', {}],
    ['a filter refusing its input', '{{ borrower.name | rmb_upper }}', { borrower: { name: '张三' } }],
    ['a Drop', '{{ loan.amount_due }}', { loan: { amount_due: new Money() } }],
    ['a Date', '{{ loan.loan_date | date_cn }}', { loan: { loan_date: new Date() } }],
    ['a function value', '{{ borrower.name }}', { borrower: { name: () => '王五' } }],
    ['an object with toLiquid', '{{ borrower.name }}', { borrower: { toLiquid: () => ({}) } }],
    ['`size`, `first` or `last`', '{{ borrower.size }}', { borrower: {} }],
    ['a property of a string', '{{ borrower.name }}', { borrower: '张三' }],
    ['a property of an array', '{{ contacts.name }}', { contacts: [] }],
    ['an object compared', '{% if borrower == "x" %}{% endif %}', { borrower: {} }],
    ['output over the cap', '字'.repeat(19_999) + '{{ n }}', { n: '12' }],
  ])('gives up on %s', (_, source, data) => {
    const engine = getEngine({ strictVariables: true });
    const plan = planOf(engine, source);
    expect(plan).not.toBeNull();
    expect(viaPlain(engine, plan!, data)).toBe('gave up');
  });

  it.each(NOT_PLAIN)('leaves %s to liquidjs', (source) => {
    expect(planOf(getEngine({ strictVariables: true }), source)).toBeNull();
  });
});
