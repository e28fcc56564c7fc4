import { defaultRuleset, defaultSamples, renderTemplate, checkTemplate } from '../../../src/core/index';
import { compiledRule } from '../../../src/core/rules/compiled';
import { matchable } from '../../../src/core/rules/matchable';
import { findRegexes, type CompiledRegex } from '../../../src/core/rules/regexes';
import { runnableSlots as presentFactors } from "../../../src/core/rules/prefilter";
const TEMPLATE =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您在{{ platform.name }}的借款已逾期{{ loan.overdue_days }}天，' +
  '应还{{ loan.amount_due | cny }}（{{ loan.amount_due | rmb_upper }}），到期日{{ loan.due_date | date_cn }}。请通过{{ platform.app_name }}官方渠道还款，' +
  '如已还款请忽略。按合同约定，逾期信息可能由{{ lender.short_name }}依法报送征信系统。客服{{ platform.hotline }}';
const ruleset = defaultRuleset();
const base = defaultSamples();
const texts = [...new Set(Array.from({ length: 20 }, (_, i) => { const r = renderTemplate(TEMPLATE, base[i % base.length]!.data); return (r as any).ok ? (r as any).value?.text ?? (r as any).text : ''; }))];
console.log('distinct texts', texts.length, JSON.stringify(texts[0]).slice(0, 300));
const lists: CompiledRegex[][] = [];
for (const r of ruleset.rules) {
  const c = compiledRule(r)?.compiled as any;
  if (!c) continue;
  for (const k of ['regexes', 'when', 'need', 'extra']) if (Array.isArray(c[k])) lists.push(c[k]);
  if (Array.isArray(c) && c.length && c[0].re) lists.push(c);
}
console.log('lists', lists.length, 'regexes', lists.reduce((a, l) => a + l.length, 0));
const ms = texts.map((t) => matchable(t));
function run(pf: boolean) { let n = 0; for (let k = 0; k < 20; k++) { const m = ms[k % ms.length]!; for (const l of lists) n += findRegexes(l, m.norm, m.clauseStart, pf).length; } return n; }
function scanOnly() { for (let k = 0; k < 20; k++) { const m = ms[k % ms.length]!; presentFactors(m.norm + ''); } }
const time = (f: () => unknown) => { const t = performance.now(); for (let i = 0; i < 50; i++) f(); return (performance.now() - t) / 50; };
for (let i = 0; i < 3; i++) { run(true); run(false); }
console.log('hits', run(true), run(false));
const a: number[] = [], b: number[] = [], c: number[] = [], d: number[] = [];
const samples = Array.from({ length: 20 }, (_, i) => ({ ...base[i % base.length]!, id: 's' + i }));
for (let r = 0; r < 15; r++) { a.push(time(() => run(true))); b.push(time(() => run(false))); c.push(time(scanOnly)); d.push(time(() => checkTemplate({ source: TEMPLATE }, { ruleset, samples }))); }
const min = (x: number[]) => Math.min(...x).toFixed(3);
console.log('per 20 texts: prefilter', min(a), 'no prefilter', min(b), 'scan only (uncached)', min(c), 'checkTemplate', min(d));
{
  const m = ms[0]!;
  const present = presentFactors(m.norm);
  const rows: [number, string, number][] = [];
  for (const l of lists) for (const r of l) {
    const f = (r as any).slot === undefined ? undefined : [(r as any).slot];
    const runs = !f || [...f].some((id) => id >= present.length || present[id] === 1);
    if (!runs) continue;
    const t = time(() => { for (let i = 0; i < 20; i++) findRegexes([r], m.norm, m.clauseStart, false); });
    rows.push([t, r.source.slice(0, 90), findRegexes([r], m.norm, m.clauseStart, false).length]);
  }
  rows.sort((x, y) => y[0] - x[0]);
  console.log(rows.length, 'run; total', rows.reduce((a, r) => a + r[0], 0).toFixed(3));
  for (const r of rows.slice(0, 25)) console.log(r[0].toFixed(4), r[2], r[1]);
  console.log(m.norm);
}
{
  const copies = Array.from({ length: 200 }, (_, i) => ms.map((m) => ('' + i + m.norm).slice(String(i).length)));
  let j = 0;
  const t = time(() => { const cs = copies[j++ % 200]!; for (let k = 0; k < 20; k++) presentFactors(cs[k % cs.length]!); });
  console.log('uncached scan per 20 texts', t.toFixed(3));
  const present = presentFactors(ms[0]!.norm);
}
