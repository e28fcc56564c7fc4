// (a) changed-source check vs bare parse + render, (b) cached check vs bare render, (d) 1,000 samples, (e) breakdown.
import {
  checkTemplate,
  defaultRuleset,
  defaultSamples,
  findPii,
  normalise,
  renderWithTrace,
} from '../../src/core/index';
import type { Rule, Ruleset, Sample } from '../../src/core/index';
// not exported by core/index: the parts a check is made of, timed on their own in (e)
import { modelHits } from '../../src/core/classifier/signals';
import { matchable } from '../../src/core/match/matchable';
import { analyzeTemplate } from '../../src/core/render/analyze';
import { smsSegments } from '../../src/core/sms/segments';
import { bareLiquid, bareRenderAll, largestTemplate, sampleVariants } from './fixtures';
import { diffs, goal, ms, pairs, printPair, table, times, type PairResult } from './stats';

const template = largestTemplate();
const ruleset = defaultRuleset();
const samples = defaultSamples();
const strict = bareLiquid(true);

/** The largest example with one more character, different for every call index (the parse cache never hits). */
const changed = (i: number): string => template.source + String.fromCharCode(0x4e00 + (i % 20_000));

const check = (source: string, set: Ruleset = ruleset, over: Sample[] = samples): void =>
  void checkTemplate({ source, meta: template.meta }, { ruleset: set, samples: over });

/** "1.89× (p95 4.38×; 1.99 vs 0.93 ms; CPU 1.80×)" */
const ratioFigure = (r: PairResult): string =>
  `${times(r.ratio.median)} (p95 ${times(r.ratio.p95)}; ${ms(r.a.median)} vs ${ms(r.b.median)}; CPU ${times(r.cpuRatio.median)})`;

/** Runs checks (changed and cached sources) and bare renders for `ms` so the first section does not time a cold JIT. */
export function warmUp(ms: number): number {
  const parsed = strict.parse(template.source);
  const end = performance.now() + ms;
  let i = 0;
  for (; performance.now() < end; i++) {
    check(i % 2 === 0 ? template.source : changed(i));
    bareRenderAll(strict, i % 2 === 0 ? parsed : strict.parse(changed(i)), samples);
  }
  return i;
}

/** The method's own bias and noise: the cached check paired with itself (ideal: 1.00×). */
export function benchControl(): void {
  const r = pairs(
    () => check(template.source),
    () => check(template.source),
  );
  printPair('control: the cached check against itself (ideal 1.00×)', 'checkTemplate', 'checkTemplate', r);
}

export function describeInputs(): void {
  const lenient = bareRenderAll(strict, strict.parse(template.source), samples);
  console.log(
    `  template: samples/templates/${template.id}.liquid (${template.source.length} chars), ${samples.length} default samples ` +
      `(${lenient} miss a value and are re-rendered leniently, by the check and the bare baseline alike), ` +
      `${ruleset.rules.length} rules`,
  );
}

export function benchChangedSource(): void {
  const r = pairs(
    (i) => check(changed(i)),
    (i) => void bareRenderAll(strict, strict.parse(changed(i)), samples),
  );
  printPair(
    '(a) changed source (a new last character per call, both sides the same source)',
    'checkTemplate',
    `bare liquidjs parse + render × ${samples.length}`,
    r,
  );
  goal({
    id: 'a',
    measure: 'check of a changed source / bare parse + render',
    figure: ratioFigure(r),
    goal: '≤ 2×',
    pass: r.ratio.median <= 2 && r.cpuRatio.median <= 2,
  });
}

export function benchCachedSource(): void {
  const parsed = strict.parse(template.source);
  const r = pairs(
    () => check(template.source),
    () => void bareRenderAll(strict, parsed, samples),
  );
  printPair('(b) same source again (parse cached)', 'checkTemplate', `bare liquidjs render × ${samples.length}`, r);
  goal({
    id: 'b',
    measure: 'cached check / bare render of the parsed template',
    figure: ratioFigure(r),
    goal: '≤ 2×',
    pass: r.ratio.median <= 2 && r.cpuRatio.median <= 2,
  });
}

export function benchScale(): void {
  const many = sampleVariants(1000);
  const parsed = strict.parse(template.source);
  const report = checkTemplate({ source: template.source, meta: template.meta }, { ruleset, samples: many });
  const r = pairs(
    () => check(template.source, ruleset, many),
    () => void bareRenderAll(strict, parsed, many),
  );
  const perSample = (x: number): string => `${((x / many.length) * 1000).toFixed(1)} µs/sample`;
  console.log(
    `  (d) one check of ${template.id} over 1,000 generated samples (${report.samples.length} checked, ` +
      `${report.findings.length} findings, problems: ${report.problems.map((p) => p.code).join(', ') || 'none'})`,
  );
  printPair('', 'checkTemplate × 1,000 samples', 'bare liquidjs render × 1,000', r);
  console.log(
    `    per sample: check ${perSample(r.a.median)} (p95 ${perSample(r.a.p95)}, CPU ${perSample(r.aCpu.median)}), ` +
      `bare render ${perSample(r.b.median)}`,
  );
  goal({
    id: 'd',
    measure: 'check over 1,000 samples, per sample',
    figure: `${perSample(r.a.median)} (p95 ${perSample(r.a.p95)}; CPU ${perSample(r.aCpu.median)}; ${times(r.ratio.median)} the bare render)`,
    goal: '≤ 50 µs/sample',
    pass: (Math.max(r.a.median, r.aCpu.median) / many.length) * 1000 <= 50,
  });
}

export function benchBreakdown(): void {
  const full = (): void => check(template.source);
  const texts = [
    ...new Set(
      samples.map((s) => {
        const t = renderWithTrace(template.source, s.data, { strictVariables: true });
        return t.ok ? t.text : '';
      }),
    ),
  ];
  const renderAll = (): void => {
    for (const s of samples) {
      const t = renderWithTrace(template.source, s.data, { strictVariables: true });
      if (!t.ok) renderWithTrace(template.source, s.data, { strictVariables: false });
    }
  };
  const only = (pick: (r: Rule) => boolean): Ruleset => ({ rules: ruleset.rules.filter(pick), problems: [] });
  const none = only(() => false);
  const noRules = (): void => check(template.source, none);
  const kinds = [...new Set(ruleset.rules.map((r) => r.kind))].sort();

  // the full check against the same check with no rules: the denominator of every % below, and all rules' cost
  const fullVsNone = pairs(full, noRules);
  const fullCpu = fullVsNone.aCpu.median;
  const pct = (x: number): string => `${((x / fullCpu) * 100).toFixed(1)} %`;
  const rows: string[][] = [];
  const part = (name: string, fn: () => void, how: string): void => {
    const r = pairs(fn, full);
    rows.push([
      name,
      r.aCpu.median.toFixed(3),
      r.a.median.toFixed(3),
      `${(r.cpuRatio.median * 100).toFixed(1)} %`,
      how,
    ]);
  };
  const difference = (name: string, r: PairResult, how: string): number => {
    const d = diffs(r, 'cpu');
    rows.push([
      name,
      d.median.toFixed(3),
      diffs(r).median.toFixed(3),
      pct(d.median),
      `${how}; p95 ${d.p95.toFixed(3)}`,
    ]);
    return d.median;
  };
  part(`render: renderWithTrace × ${samples.length} samples`, renderAll, 'paired with the full check');
  part(
    `normalise × ${texts.length} distinct rendered texts`,
    () => texts.forEach((t) => normalise(t)),
    'paired with the full check',
  );
  part(
    `PII: findPii × ${texts.length} distinct rendered texts`,
    () => texts.forEach((t) => findPii(t)),
    'paired; the pii rules call it',
  );
  const prepared = texts.map(matchable);
  part(
    `classifier: modelHits × ${texts.length} distinct rendered texts`,
    () => prepared.forEach((t) => modelHits(t)),
    'paired; texts normalised beforehand',
  );
  part('analysis: analyzeTemplate (parse cached)', () => void analyzeTemplate(template.source), 'paired');
  part(
    `segments: smsSegments × ${texts.length} distinct rendered texts`,
    () => texts.forEach((t) => smsSegments(t)),
    'paired',
  );
  part(
    'check with no rules (analyse, render, normalise, classifier, collect, score)',
    noRules,
    'paired; holds the rows above',
  );
  let sum = 0;
  for (const kind of kinds) {
    const set = only((r) => r.kind === kind);
    const r = pairs(() => check(template.source, set), noRules);
    sum += difference(`rules: ${kind} (${set.rules.length})`, r, `check(${kind} only) − check(no rules)`);
  }
  rows.push(['Σ rules by kind', sum.toFixed(3), '', pct(sum), '']);
  difference('all rules together', fullVsNone, 'full check − check(no rules)');
  difference(
    'the classifier in the check',
    pairs(
      full,
      () =>
        void checkTemplate({ source: template.source, meta: template.meta }, { ruleset, samples, classifier: false }),
    ),
    'full check − check(classifier off)',
  );
  difference(
    'a changed source costs more by',
    pairs((i) => check(changed(i)), full),
    'check(changed) − check(cached)',
  );
  console.log(
    `  (e) where a cached check of ${template.id} × ${samples.length} samples goes: full check median ` +
      `${ms(fullCpu)} CPU, ${ms(fullVsNone.a.median)} wall (p95 ${ms(fullVsNone.a.p95)}). Every row is its own ` +
      `interleaved pairs; shares are taken from CPU time (differences of wall times on a shared machine are noise).`,
  );
  table(['part', 'CPU ms', 'wall ms', '% of full check (CPU)', 'how'], rows);
}
