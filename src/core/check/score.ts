import type { Problem } from '../result';
import type { Finding, Report, ScoreItem, Severity } from '../types';

/** Points a rule costs, once per distinct rule (its worst severity); every distinct problem code costs 30. */
export const SEVERITY_COST: Readonly<Record<Severity, number>> = { error: 30, warning: 10, info: 1 };
const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Score = 100 − Σ cost over distinct rules with findings (error 30, warning 10, info 1) and distinct problem
 * codes (30 each), floored at 0. Verdict: block on any error finding or any problem, warn on any warning, else pass.
 */
export function scoreReport(
  findings: readonly Finding[],
  problems: readonly Problem[],
): Pick<Report, 'verdict' | 'score' | 'explanation'> {
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    const prior = worst.get(f.ruleId);
    if (prior === undefined || RANK[f.severity] < RANK[prior]) worst.set(f.ruleId, f.severity);
  }
  const explanation: ScoreItem[] = [...worst].map(([ruleId, severity]) => ({
    ruleId,
    severity,
    cost: SEVERITY_COST[severity],
  }));
  for (const code of new Set(problems.map((p) => p.code)))
    explanation.push({ ruleId: code, severity: 'error', cost: SEVERITY_COST.error });
  explanation.sort((a, b) => b.cost - a.cost || (a.ruleId < b.ruleId ? -1 : 1));
  const score = Math.max(0, 100 - explanation.reduce((sum, e) => sum + e.cost, 0));
  const verdict =
    problems.length > 0 || findings.some((f) => f.severity === 'error')
      ? 'block'
      : findings.some((f) => f.severity === 'warning')
        ? 'warn'
        : 'pass';
  return { verdict, score, explanation };
}

/** Severity first (error, warning, info), then position in the source (or output), then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  const pos = (f: Finding): number => f.sourceStart ?? f.start ?? Number.MAX_SAFE_INTEGER;
  return (
    RANK[a.severity] - RANK[b.severity] || pos(a) - pos(b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
