import { Liquid } from 'liquidjs';
import { defaultSamples } from '../../src/core/index';
import { DOMAIN_FILTERS } from '../../src/core/render/filters/index';
import { getEngine, renderParsed } from '../../src/core/render/engine';
import { renderWithTrace } from '../../src/core/render/render-trace';
import { renderSamples } from '../../src/core/check/render-samples';
import { matchable } from '../../src/core/rules/matchable';

const TEMPLATE =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您在{{ platform.name }}的借款已逾期{{ loan.overdue_days }}天，' +
  '应还{{ loan.amount_due | cny }}（{{ loan.amount_due | rmb_upper }}），到期日{{ loan.due_date | date_cn }}。请通过{{ platform.app_name }}官方渠道还款，' +
  '如已还款请忽略。按合同约定，逾期信息可能由{{ lender.short_name }}依法报送征信系统。客服{{ platform.hotline }}';
const base = defaultSamples();
const samples = Array.from({ length: 20 }, (_, i) => ({ ...base[i % base.length]!, id: `x${i}` }));
function bench(name: string, fn: () => void): void {
  const end = performance.now() + 1500;
  while (performance.now() < end) fn();
  const t: number[] = [];
  for (let i = 0; i < 300; i++) { const t0 = performance.now(); fn(); t.push(performance.now() - t0); }
  t.sort((a, b) => a - b);
  console.log(name.padEnd(30), (t[150]!).toFixed(3), 'ms');
}
const bare = new Liquid({ templates: {} });
for (const f of DOMAIN_FILTERS) bare.registerFilter(f.name, f.apply);
const tpl = bare.parse(TEMPLATE);
bench('bare renderSync x20', () => { for (const s of samples) bare.renderSync(tpl, s.data); });
const bareStrict = new Liquid({ templates: {}, strictVariables: true, strictFilters: true, lenientIf: true, ownPropertyOnly: true, timezoneOffset: -480, locale: 'zh-CN' });
for (const f of DOMAIN_FILTERS) bareStrict.registerFilter(f.name, f.apply);
const tplS = bareStrict.parse(TEMPLATE);
bench('bare strict renderSync x20', () => { for (const s of samples) bareStrict.renderSync(tplS, s.data); });
const eng = getEngine({ strictVariables: true });
const t2 = eng.liquid.parse(TEMPLATE);
bench('renderParsed strict x20', () => { for (const s of samples) renderParsed(eng, t2, s.data); });
bench('renderWithTrace strict x20', () => { for (const s of samples) renderWithTrace(TEMPLATE, s.data, { strictVariables: true }); });
bench('renderSamples', () => { renderSamples(TEMPLATE, samples); });
const texts = samples.map((s) => { const r = renderWithTrace(TEMPLATE, s.data); return r.ok ? r.text : ''; });
bench('matchable x20', () => { for (const t of texts) matchable(t); });
const r = renderSamples(TEMPLATE, samples);
console.log('missing', r.missing.length, 'runs', r.runs.length);
import { defaultRuleset } from '../../src/core/index';
import { compiledRule } from '../../src/core/rules/compiled';
import { resolveMeta } from '../../src/core/meta/schema';
import { checkTemplate } from '../../src/core/index';
import { smsSegments } from '../../src/core/sms/segments';
const rs = defaultRuleset();
const meta = resolveMeta();
const runs = r.runs;
const per: [string, number][] = [];
for (const rule of rs.rules.filter((x) => x.target === 'output')) {
  const entry = compiledRule(rule)!;
  const fn = () => { for (const run of runs) entry.def.run({ phase: 'output', source: TEMPLATE, meta, sample: run.sample, text: run.text, segments: run.sms.segments, params: rule.params, compiled: entry.compiled } as never); };
  for (let i = 0; i < 50; i++) fn();
  const t0 = performance.now(); for (let i = 0; i < 100; i++) fn(); per.push([`${rule.id} (${rule.kind})`, (performance.now() - t0) / 100]);
}
per.sort((a, b) => b[1] - a[1]);
console.log('output rules total x20:', per.reduce((s, x) => s + x[1], 0).toFixed(3), 'ms over', per.length, 'rules');
for (const [id, t] of per.slice(0, 15)) console.log('  ', t.toFixed(3), id);
bench('checkTemplate', () => void checkTemplate({ source: TEMPLATE }, { ruleset: rs, samples }));
bench('smsSegments x20', () => { for (const t of texts) smsSegments(t); });
