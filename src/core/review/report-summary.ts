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
    warningRuleIds: rulesNeedingJustification(report),
  };
}
