import { Liquid } from 'liquidjs';
import { checkTemplate, defaultRuleset, defaultSamples } from '../../../src/core/index';
import { DOMAIN_FILTERS } from '../../../src/core/render/filters/index';
import type { Sample } from '../../../src/core/index';
function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? 0; }
function timeIt(fn: () => void, runs: number): number {
  const warm = performance.now() + 1000; do fn(); while (performance.now() < warm);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) { const t0 = performance.now(); fn(); times.push(performance.now() - t0); }
  return median(times);
}
const base = defaultSamples();
const samples: Sample[] = Array.from({ length: 20 }, (_, i) => { const s = base[i % base.length]!; return { ...s, id: `${s.id}-${i}` }; });
const TEMPLATE =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您在{{ platform.name }}的借款已逾期{{ loan.overdue_days }}天，' +
  '应还{{ loan.amount_due | cny }}（{{ loan.amount_due | rmb_upper }}），到期日{{ loan.due_date | date_cn }}。请通过{{ platform.app_name }}官方渠道还款，' +
  '如已还款请忽略。按合同约定，逾期信息可能由{{ lender.short_name }}依法报送征信系统。客服{{ platform.hotline }}';
const ruleset = defaultRuleset();
const bare = new Liquid({ templates: {} });
for (const f of DOMAIN_FILTERS) bare.registerFilter(f.name, f.apply);
const mode = process.argv[2] ?? 'ratio';
if (mode === 'parts') {
  const { renderWithTrace } = await import('../../../src/core/render/render-trace');
  const { renderSamples } = await import('../../../src/core/check/render-samples');
  const { matchable } = await import('../../../src/core/rules/matchable');
  const { normalise } = await import('../../../src/core/text/normalise');
  const { findPii } = await import('../../../src/core/pii/find-pii');
  const texts = samples.map((s) => (renderWithTrace(TEMPLATE, s.data, { strictVariables: true }) as { text: string }).text);
  const parts: Record<string, () => void> = {
    bare: () => { const tpl = bare.parse(TEMPLATE); for (const s of samples) bare.renderSync(tpl, s.data); },
    trace: () => { for (const s of samples) renderWithTrace(TEMPLATE, s.data, { strictVariables: true }); },
    renderSamples: () => void renderSamples(TEMPLATE, samples),
    normalise: () => { for (const t of texts) normalise(t); },
    matchable: () => { for (const t of texts) matchable(t); },
    findPii: () => { for (const t of texts) findPii(t); },
    check: () => void checkTemplate({ source: TEMPLATE }, { ruleset, samples }),
  };
  for (let k = 0; k < 3; k++) console.log(Object.entries(parts).map(([n, f]) => `${n} ${timeIt(f, 30).toFixed(3)}`).join(' | '));
}
else
if (mode === 'prof') {
  const t0 = performance.now(); while (performance.now() - t0 < 8000) checkTemplate({ source: TEMPLATE }, { ruleset, samples });
} else if (mode === 'min') {
  const fc = () => void checkTemplate({ source: TEMPLATE }, { ruleset, samples });
  const fb = () => { const tpl = bare.parse(TEMPLATE); for (const s of samples) bare.renderSync(tpl, s.data); };
  const warm = performance.now() + 1500; do { fc(); fb(); } while (performance.now() < warm);
  for (let k = 0; k < 3; k++) {
    let mc = Infinity, mb = Infinity;
    const ac: number[] = [], ab: number[] = [];
    for (let i = 0; i < 400; i++) {
      let t0 = performance.now(); fc(); const c = performance.now() - t0; mc = Math.min(mc, c); ac.push(c);
      t0 = performance.now(); fb(); const b = performance.now() - t0; mb = Math.min(mb, b); ab.push(b);
    }
    console.log(`min check ${mc.toFixed(3)} bare ${mb.toFixed(3)} ratio ${(mc / mb).toFixed(2)} | median ratio ${(median(ac) / median(ab)).toFixed(2)}`);
  }
} else {
  const rs: number[] = [];
  for (let k = 0; k < 5; k++) {
    const check = timeIt(() => void checkTemplate({ source: TEMPLATE }, { ruleset, samples }), 30);
    const render = timeIt(() => { const tpl = bare.parse(TEMPLATE); for (const s of samples) bare.renderSync(tpl, s.data); }, 30);
    rs.push(check / render);
    console.log(`check ${check.toFixed(3)} render ${render.toFixed(3)} ratio ${(check / render).toFixed(2)}`);
  }
  console.log('best', Math.min(...rs).toFixed(2), 'median', median(rs).toFixed(2));
}
