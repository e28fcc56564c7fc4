import { describe, expect, it } from 'vitest';
import type { Finding, Report, Severity } from '../../src/core/model';
import { zh, type MessageKey } from '../../src/ui/i18n/messages';
import { en } from '../../src/ui/i18n/en/messages';
import { announcement, summarise, worthAnnouncing } from '../../src/ui/findings/announce';

const t =
  (table: Partial<Record<MessageKey, string>>) =>
  (key: MessageKey, params: Record<string, string | number> = {}): string =>
    (table[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

const finding = (severity: Severity): Finding =>
  ({ ruleId: 'r', messageId: 'r', vars: {}, category: 'insult', severity, target: 'output' }) as Finding;
const report = (verdict: Report['verdict'], severities: Severity[], problems = 0) => ({
  verdict,
  findings: severities.map(finding),
  problems: Array.from({ length: problems }, () => ({ code: 'template/syntax', message: 'x' })),
});

describe('findings announcement', () => {
  it('reports the verdict and the count by severity, problems as errors', () => {
    const summary = summarise(report('block', ['error', 'warning', 'warning', 'info'], 1));
    expect(summary).toEqual({ verdict: 'block', count: 5, bySeverity: { error: 2, warning: 2, info: 1 } });
    expect(announcement(summary, t(zh))).toBe('检查结果：阻断，5 项问题（错误 2，警告 2，提示 1）');
    expect(announcement(summary, t(en))).toBe('Check result: Block, 5 findings (2 errors, 2 warnings, 1 info)');
  });

  it('reports a clean report without counts', () => {
    expect(announcement(summarise(report('pass', [])), t(zh))).toBe('检查结果：通过，未发现问题');
  });

  it('announces only when the verdict or a count changes', () => {
    const first = summarise(report('warn', ['warning']));
    expect(worthAnnouncing(first, undefined)).toBe(true);
    expect(worthAnnouncing(summarise(report('warn', ['warning'])), first)).toBe(false);
    expect(worthAnnouncing(summarise(report('block', ['warning'])), first)).toBe(true);
    expect(worthAnnouncing(summarise(report('warn', ['warning', 'warning'])), first)).toBe(true);
    expect(worthAnnouncing(summarise(report('warn', ['error'])), first)).toBe(true);
  });
});
