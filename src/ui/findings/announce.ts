import type { Report, Severity } from '../../core/model';
import type { MessageKey } from '../i18n/messages';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** How long a report must stay the open template's before it is announced (typing changes it every keystroke). */
export const ANNOUNCE_SETTLE_MS = 900;

/** What a screen reader is told of a report: its verdict and how many findings of each severity it has. */
export interface FindingsSummary {
  verdict: Report['verdict'];
  count: number;
  bySeverity: Record<Severity, number>;
}

/** The summary of a report; problems count as errors (they block like errors). */
export function summarise(report: Pick<Report, 'verdict' | 'findings' | 'problems'>): FindingsSummary {
  const bySeverity: Record<Severity, number> = { error: report.problems.length, warning: 0, info: 0 };
  for (const f of report.findings) bySeverity[f.severity]++;
  return { verdict: report.verdict, count: report.findings.length + report.problems.length, bySeverity };
}

/** Whether a new summary says something the last announced one did not (verdict or any count changed). */
export const worthAnnouncing = (next: FindingsSummary, last: FindingsSummary | undefined): boolean =>
  last === undefined ||
  next.verdict !== last.verdict ||
  next.count !== last.count ||
  next.bySeverity.error !== last.bySeverity.error ||
  next.bySeverity.warning !== last.bySeverity.warning;

/** The sentence announced for a summary, in the UI's language. */
export function announcement(summary: FindingsSummary, t: T): string {
  const verdict = t(`verdict.${summary.verdict}`);
  if (summary.count === 0) return t('findings.statusNone', { verdict });
  return t('findings.status', {
    verdict,
    count: summary.count,
    errors: summary.bySeverity.error,
    warnings: summary.bySeverity.warning,
    infos: summary.bySeverity.info,
  });
}
