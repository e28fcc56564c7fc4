import { checkTemplate, defaultRuleset, defaultSamples } from '../../src/core/index';
const TEMPLATE =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您在{{ platform.name }}的借款已逾期{{ loan.overdue_days }}天，' +
  '应还{{ loan.amount_due | cny }}（{{ loan.amount_due | rmb_upper }}），到期日{{ loan.due_date | date_cn }}。请通过{{ platform.app_name }}官方渠道还款，' +
  '如已还款请忽略。按合同约定，逾期信息可能由{{ lender.short_name }}依法报送征信系统。客服{{ platform.hotline }}';
const base = defaultSamples();
const samples = Array.from({ length: 20 }, (_, i) => ({ ...base[i % base.length]!, id: `x${i}` }));
const rs = defaultRuleset();
const end = performance.now() + 2000;
while (performance.now() < end) checkTemplate({ source: TEMPLATE }, { ruleset: rs, samples });
const best: number[] = [];
for (let b = 0; b < 10; b++) {
  const c0 = process.cpuUsage();
  for (let i = 0; i < 300; i++) checkTemplate({ source: TEMPLATE }, { ruleset: rs, samples });
  const c = process.cpuUsage(c0);
  best.push((c.user + c.system) / 1000 / 300);
}
best.sort((a, b) => a - b);
console.log('cpu ms/check min', best[0]!.toFixed(3), 'median', best[5]!.toFixed(3));
