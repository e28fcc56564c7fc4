import { Liquid } from 'liquidjs';
import { checkTemplate, defaultRuleset, defaultSamples } from '../../../src/core/index';
import { renderSamples } from '../../../src/core/check/render-samples';
import { DOMAIN_FILTERS } from '../../../src/core/render/filters/index';
import type { Sample } from '../../../src/core/index';
const base = defaultSamples();
const samples: Sample[] = Array.from({ length: 20 }, (_, i) => { const s = base[i % base.length]!; return { ...s, id: `${s.id}-${i}` }; });
const TEMPLATE =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您在{{ platform.name }}的借款已逾期{{ loan.overdue_days }}天，' +
  '应还{{ loan.amount_due | cny }}（{{ loan.amount_due | rmb_upper }}），到期日{{ loan.due_date | date_cn }}。请通过{{ platform.app_name }}官方渠道还款，' +
  '如已还款请忽略。按合同约定，逾期信息可能由{{ lender.short_name }}依法报送征信系统。客服{{ platform.hotline }}';
const ruleset = defaultRuleset();
const bare = new Liquid({ templates: {} });
for (const f of DOMAIN_FILTERS) bare.registerFilter(f.name, f.apply);
const fns: Record<string, () => void> = {
  check: () => void checkTemplate({ source: TEMPLATE }, { ruleset, samples }),
  renderSamples: () => void renderSamples(TEMPLATE, samples),
  bare: () => { const tpl = bare.parse(TEMPLATE); for (const s of samples) bare.renderSync(tpl, s.data); },
};
const res: Record<string, number[]> = {};
for (let round = 0; round < 12; round++) for (const [k, f] of Object.entries(fns)) {
  const t0 = performance.now(); let n = 0;
  while (performance.now() - t0 < 300) { f(); n++; }
  (res[k] ??= []).push((performance.now() - t0) / n);
}
for (const [k, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(k, 'min', v[0]!.toFixed(3), 'median', v[6]!.toFixed(3)); }
