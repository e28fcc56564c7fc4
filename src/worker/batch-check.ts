import { checkTemplate, type Category, type Finding, type Report, type Ruleset, type Sample } from '../core/index';

/** What the batch keeps of one message's check: plain data, small enough for 100,000 rows. */
export interface RowResult {
  verdict: Report['verdict'];
  score: number;
  /** distinct categories of the errors and warnings (infos left out), plus `template` when the check had problems */
  categories: Category[];
  /** where the errors and warnings are in the message: sorted, merged [start, end) pairs, flat */
  hits: number[];
  /** codes of the check's own problems (e.g. `template/parse` for a message with broken `{{`) */
  problems: string[];
}

/** Where a finding is in the message: for plain text the rendered output is the source, so both ranges agree. */
function rangeOf(f: Finding): [number, number] | undefined {
  const start = f.sourceStart ?? f.start;
  const end = f.sourceEnd ?? f.end;
  return start === undefined || end === undefined || end <= start ? undefined : [start, end];
}

/** Sorted, merged ranges as flat [start, end, start, end…]. */
export function mergeRanges(ranges: [number, number][]): number[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const flat: number[] = [];
  for (const [start, end] of sorted) {
    const last = flat.length - 1;
    if (last > 0 && start <= (flat[last] ?? 0)) flat[last] = Math.max(flat[last] ?? 0, end);
    else flat.push(start, end);
  }
  return flat;
}

/**
 * Checks one message as a plain-text template with the given rules and samples (the batch passes one sample: plain
 * text renders the same for every sample). The ruleset's own problems (e.g. a rule pack's) are left out: they are
 * not the message's.
 */
export function checkRow(text: string, ruleset: Ruleset, samples: Sample[]): RowResult {
  const report = checkTemplate({ source: text }, { ruleset, samples });
  const counted = report.findings.filter((f) => f.severity !== 'info');
  const own = report.problems.filter((p) => !ruleset.problems.includes(p));
  const categories = new Set<Category>(counted.map((f) => f.category));
  if (own.length > 0) categories.add('template');
  return {
    verdict: report.verdict,
    score: report.score,
    categories: [...categories],
    hits: mergeRanges(counted.map(rangeOf).filter((r) => r !== undefined)),
    problems: [...new Set(own.map((p) => p.code))],
  };
}
