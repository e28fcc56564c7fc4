import type { Finding, Report } from '../types';
import type { ReportSummary } from './schemas';

/**
 * A stable id for a finding within one content: rule, target, sample, range and matched text.
 * Two reports of the same content give the same ids.
 */
export function findingId(f: Finding): string {
  const range = f.start === undefined ? '' : `${f.start}-${f.end ?? f.start}`;
  return [f.ruleId, f.target, f.sampleId ?? '', range, f.match ?? ''].join('|');
}

/**
 * What a finding is regardless of which samples show it: rule, target, severity and place in the template (the
 * source range; for an output hit the variable or the literal source range that produced it, else the matched
 * text; for meta its data). A new borrower showing a known hit gives the same key; a hit at a new place does not.
 */
export function findingKey(f: Finding): string {
  const { sampleCount: _count, sample: _sample, ...vars } = f.vars;
  const place =
    f.target === 'source'
      ? `${f.start ?? ''}-${f.end ?? ''}`
      : f.target === 'meta'
        ? JSON.stringify(Object.entries(vars).sort(([a], [b]) => (a < b ? -1 : 1)))
        : f.variable !== undefined
          ? `var:${f.variable}@${f.sourceStart ?? ''}`
          : f.sourceStart !== undefined
            ? `lit:${f.sourceStart}-${f.sourceEnd ?? ''}`
            : `out:${f.match ?? ''}`;
  return [f.ruleId, f.target, f.severity, place].join('|');
}

/** The ids of the rules that produced warning findings, sorted and unique: each needs a justification to approve. */
export function rulesNeedingJustification(report: Pick<Report, 'findings'>): string[] {
  return [...new Set(report.findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId))].sort();
}

/** What a version and a review keep of a report. */
export function summarizeReport(report: Report): ReportSummary {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity] += 1;
  return {
    verdict: report.verdict,
    score: report.score,
    counts,
    problemCount: report.problems.length,
    findingIds: report.findings.map(findingId),
    findingKeys: report.findings.map(findingKey),
    warningRuleIds: rulesNeedingJustification(report),
  };
}
