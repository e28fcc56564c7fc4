// `npm run bench`: speed figures as ratios against baselines measured in the same run. Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Liquid } from 'liquidjs';
import { checkTemplate, defaultRuleset, defaultSamples, renderTemplate } from '../../src/core/index';
import { buildMatcher } from '../../src/core/match/aho-corasick';
import { DOMAIN_FILTERS } from '../../src/core/render/filters/index';
import type { Sample } from '../../src/core/index';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Median of `runs` timed calls, after warm-up calls for at least WARMUP_MS (so both sides are JIT-compiled). */
const WARMUP_MS = 1000;
function timeIt(fn: () => void, runs: number): number {
  const warm = performance.now() + WARMUP_MS;
  do fn();
  while (performance.now() < warm);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function twentySamples(): Sample[] {
  const base = defaultSamples();
  return Array.from({ length: 20 }, (_, i) => {
    const s = base[i % base.length]!;
    return { ...s, id: `${s.id}-${i}` };
  });
}

const TEMPLATE =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您在{{ platform.name }}的借款已逾期{{ loan.overdue_days }}天，' +
  '应还{{ loan.amount_due | cny }}（{{ loan.amount_due | rmb_upper }}），到期日{{ loan.due_date | date_cn }}。请通过{{ platform.app_name }}官方渠道还款，' +
  '如已还款请忽略。按合同约定，逾期信息可能由{{ lender.short_name }}依法报送征信系统。客服{{ platform.hotline }}';

function benchCheck(): void {
  const samples = twentySamples();
  const ruleset = defaultRuleset();
  const bare = new Liquid({ templates: {} });
  for (const f of DOMAIN_FILTERS) bare.registerFilter(f.name, f.apply);
  const check = timeIt(() => void checkTemplate({ source: TEMPLATE }, { ruleset, samples }), 30);
  const render = timeIt(() => {
    const tpl = bare.parse(TEMPLATE);
    for (const s of samples) bare.renderSync(tpl, s.data);
  }, 30);
  const ours = timeIt(() => {
    for (const s of samples) renderTemplate(TEMPLATE, s.data);
  }, 30);
  console.log(
    `(a) checkTemplate, ${TEMPLATE.length}-char template × 20 samples × ${ruleset.rules.length} rules: ${check.toFixed(2)} ms`,
  );
  console.log(
    `    bare liquidjs parse+render × 20: ${render.toFixed(2)} ms; renderTemplate × 20: ${ours.toFixed(2)} ms`,
  );
  console.log(`    ratio check / bare render = ${(check / render).toFixed(2)}× (goal ≤ 2×)`);
}

function benchMatcher(): void {
  const rand = rng(42);
  const cjk = () => String.fromCharCode(0x4e00 + Math.floor(rand() * 3000));
  const terms = Array.from({ length: 5000 }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, cjk).join(''));
  const text = Array.from({ length: 1 << 20 }, cjk).join('');
  const matcher = buildMatcher(terms);
  let hits = 0;
  const ac = timeIt(() => void (hits = matcher.findAll(text).length), 5);
  let naiveHits = 0;
  const naive = timeIt(() => {
    naiveHits = 0;
    for (const t of terms) for (let i = text.indexOf(t); i !== -1; i = text.indexOf(t, i + 1)) naiveHits++;
  }, 1);
  console.log(
    `(b) 5,000 terms over 1 MB: Aho–Corasick ${ac.toFixed(1)} ms (${hits} hits) vs naive indexOf ${naive.toFixed(1)} ms (${naiveHits} hits)`,
  );
  console.log(`    ratio naive / Aho–Corasick = ${(naive / ac).toFixed(1)}× (goal ≥ 40×)`);
}

function benchCli(): void {
  const dir = mkdtempSync(join(tmpdir(), 'dunning-bench-'));
  mkdirSync(join(dir, 'templates'));
  const rand = rng(7);
  for (let i = 0; i < 1000; i++) {
    const extra = rand() < 0.2 ? '再不还款就上门找你家人' : '如已还款请忽略。';
    writeFileSync(join(dir, 'templates', `t${i}.liquid`), `${TEMPLATE}${extra}${i}`);
  }
  const t0 = performance.now();
  try {
    execFileSync('node', ['dist-cli/main.js', 'check', join(dir, 'templates'), '--format', 'json'], {
      stdio: 'ignore',
      maxBuffer: 1 << 30,
    });
  } catch {
    // exit 1 is expected: some templates are violating
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`(c) CLI on 1,000 templates: ${seconds.toFixed(2)} s → ${(1000 / seconds).toFixed(0)} templates/s`);
}

benchCheck();
benchMatcher();
benchCli();
