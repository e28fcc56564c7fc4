import type { Finding, Report } from '../../../src/core/types';
import type { ReportSummary, Version } from '../../../src/core/review/schemas';

export const HASH_A = 'a'.repeat(64);
export const HASH_B = 'b'.repeat(64);

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'no-threat',
    category: 'threat',
    severity: 'warning',
    messageId: 'm',
    vars: {},
    target: 'output',
    start: 0,
    end: 2,
    sampleId: 's1',
    match: '老赖',
    ...over,
  };
}

export function report(findings: Finding[], over: Partial<Report> = {}): Report {
  const verdict = findings.some((f) => f.severity === 'error')
    ? 'block'
    : findings.some((f) => f.severity === 'warning')
      ? 'warn'
      : 'pass';
  return { verdict, score: 80, findings, problems: [], samples: [], ...over };
}

export function summary(over: Partial<ReportSummary> = {}): ReportSummary {
  return {
    verdict: 'pass',
    score: 100,
    counts: { error: 0, warning: 0, info: 0 },
    problemCount: 0,
    findingIds: [],
    warningRuleIds: [],
    ...over,
  };
}

export function version(over: Partial<Version> = {}): Version {
  return {
    id: 't1@1',
    templateId: 't1',
    number: 1,
    name: 'D+1',
    source: '【钱站】您好',
    meta: { audience: 'debtor' },
    message: 'first',
    author: '张三',
    createdAt: '2024-05-01T08:00:00.000Z',
    rulesetHash: HASH_A,
    samplesHash: HASH_B,
    contentHash: HASH_A,
    report: summary(),
    ...over,
  };
}
