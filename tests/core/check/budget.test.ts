import { describe, expect, it } from 'vitest';
import { checkTemplate, defaultSamples } from '../../../src/core/index';

// NOTE: an 89-character template whose every sample render is slow but under the per-render limit: only a budget
// for the whole check stops it.
const SLOW = '{% for i in (1..45000) %}{% if i > 44999 %}x{% endif %}{% endfor %}{{ borrower.nickname }}';

describe('one budget per check', () => {
  it('stops a check whose renders add up past its budget with a template/limit problem naming the budget', () => {
    const report = checkTemplate({ source: SLOW }, { budgetMs: 200 });
    expect(report.verdict).toBe('block');
    const limit = report.problems.filter((p) => p.code === 'template/limit');
    expect(limit.length).toBeGreaterThan(0);
    expect(limit.some((p) => /budget|render stopped/.test(p.message))).toBe(true);
  });

  it('keeps the rendered samples and their findings from before the budget ran out', () => {
    const report = checkTemplate({ source: `你这个老赖${SLOW}` }, { budgetMs: 1000 });
    expect(report.samples.length).toBeLessThan(defaultSamples().length);
    const insult = report.findings.find((f) => f.category === 'insult');
    for (const s of report.samples) expect(insult?.sampleIds).toContain(s.sampleId);
    expect(report.problems.map((p) => p.code)).toContain('template/limit');
  });

  it('lists at most maxFindings findings and counts the rest in one problem', () => {
    const report = checkTemplate({ source: '老赖，'.repeat(2000) }, { maxFindings: 50 });
    expect(report.findings.length).toBe(50);
    const more = report.problems.find((p) => p.code === 'check/too-many-findings');
    expect(more?.message).toMatch(/\d+ more/);
    expect(report.verdict).toBe('block');
  });

  it('caps the findings of 10,000 banned words at 500 by default', () => {
    const report = checkTemplate({ source: '老赖'.repeat(10_000) });
    expect(report.findings.length).toBeLessThanOrEqual(500);
    expect(report.problems.map((p) => p.code)).toContain('check/too-many-findings');
  });
});
