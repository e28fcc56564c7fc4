import { checkTemplate, defaultRuleset, defaultSamples } from '../../../src/core/index';
import type { Sample } from '../../../src/core/index';
const base = defaultSamples();
const samples: Sample[] = Array.from({ length: 20 }, (_, i) => { const s = base[i % base.length]!; return { ...s, id: `${s.id}-${i}` }; });
const TEMPLATE =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您在{{ platform.name }}的借款已逾期{{ loan.overdue_days }}天，' +
  '应还{{ loan.amount_due | cny }}（{{ loan.amount_due | rmb_upper }}），到期日{{ loan.due_date | date_cn }}。请通过{{ platform.app_name }}官方渠道还款，' +
  '如已还款请忽略。按合同约定，逾期信息可能由{{ lender.short_name }}依法报送征信系统。客服{{ platform.hotline }}';
const ruleset = defaultRuleset();
for (let i = 0; i < 300; i++) checkTemplate({ source: TEMPLATE }, { ruleset, samples });
const t0 = performance.now();
const N = Number(process.env.N ?? 3000);
for (let i = 0; i < N; i++) checkTemplate({ source: TEMPLATE }, { ruleset, samples });
console.log(((performance.now() - t0) / N).toFixed(3), 'ms/check');
