// (f) hostile inputs through checkTemplate with the defaults, each paired with an ordinary check.
import { checkTemplate } from '../../src/core/index';
import { largestTemplate } from './fixtures';
import { goal, ms, pairs, table, times } from './stats';

/** Measured runs per hostile input (after one excluded warm-up run); `BENCH_HOSTILE_RUNS`, default 5. */
const RUNS = Number(process.env.BENCH_HOSTILE_RUNS) > 0 ? Math.floor(Number(process.env.BENCH_HOSTILE_RUNS)) : 5;
const BUDGET_MS = 2000;

const HOSTILE: [string, string][] = [
  ["'壹'.repeat(1000) + '元' (upper-case numerals)", '壹'.repeat(1000) + '元'],
  ['20,000 ASCII digits', '1234567890'.repeat(2000)],
  ["'1,'.repeat(10000)", '1,'.repeat(10000)],
  [
    "the issue's loop: for i in (1..45000) … {{ borrower.nickname }}",
    '{% for i in (1..45000) %}{% if i > 44999 %}x{% endif %}{% endfor %}{{ borrower.nickname }}',
  ],
  ["'老赖'.repeat(10000)", '老赖'.repeat(10000)],
];

export function benchHostile(): void {
  const ordinary = largestTemplate().source;
  const rows: string[][] = [];
  for (const [name, source] of HOSTILE) {
    const report = checkTemplate({ source });
    const r = pairs(
      () => void checkTemplate({ source }),
      () => void checkTemplate({ source: ordinary }),
      RUNS,
      { inner: 1, warmupMs: 0, minWarmupPairs: 1 },
    );
    const slowest = Math.max(...r.aMs);
    const codes = [...new Set(report.problems.map((p) => p.code))].join(', ') || '—';
    rows.push([
      name,
      `${source.length}`,
      ms(r.a.median),
      ms(slowest),
      times(r.ratio.median),
      `${report.verdict}, ${report.findings.length} findings, ${report.samples.length} samples; ${codes}`,
    ]);
    goal({
      id: 'f',
      measure: `hostile: ${name}`,
      figure: `slowest of ${RUNS}: ${ms(slowest)}`,
      goal: '≤ 2,000 ms (the check budget)',
      pass: slowest <= BUDGET_MS,
    });
  }
  console.log(
    `  (f) hostile inputs, checkTemplate with defaults; ${RUNS} runs each interleaved with an ordinary check (warm-up run excluded)`,
  );
  table(['input', 'chars', 'median', 'slowest', '× ordinary check', 'outcome'], rows);
}
