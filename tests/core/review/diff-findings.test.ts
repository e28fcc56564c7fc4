import { describe, expect, it } from 'vitest';
import { diffFindings } from '../../../src/core/review/diff-findings';
import { findingId, summarizeReport } from '../../../src/core/review/report-summary';
import { finding, report } from './fixtures';

const ids = (fs: { ruleId: string; start?: number }[]): string[] => fs.map((f) => `${f.ruleId}@${f.start}`);

describe('diffFindings', () => {
  it('reports added, resolved and kept findings by rule, range and match', () => {
    const kept = finding({ ruleId: 'a', start: 0, end: 2 });
    const moved = finding({ ruleId: 'b', start: 3, end: 5 });
    const gone = finding({ ruleId: 'c', start: 8, end: 9 });
    const d = diffFindings(
      [kept, moved, gone],
      [{ ...kept, vars: { value: 'reworded' } }, { ...moved, start: 4, end: 6 }, finding({ ruleId: 'd', start: 1 })],
    );
    expect(ids(d.kept)).toEqual(['a@0']);
    expect(ids(d.added)).toEqual(['b@4', 'd@1']);
    expect(ids(d.resolved)).toEqual(['b@3', 'c@8']);
  });

  it('treats a different matched text or sample as a different finding', () => {
    const f = finding();
    const d = diffFindings(
      [f],
      [
        { ...f, match: '欠债' },
        { ...f, sampleId: 's2' },
      ],
    );
    expect(d.kept).toHaveLength(0);
    expect(d.added).toHaveLength(2);
    expect(d.resolved).toHaveLength(1);
  });

  it('counts repeated identical findings one by one', () => {
    const f = finding();
    const d = diffFindings([f, f], [f]);
    expect([d.kept.length, d.resolved.length, d.added.length]).toEqual([1, 1, 0]);
  });
});

describe('summarizeReport', () => {
  it('counts by severity and lists finding ids and warning rules', () => {
    const r = report([
      finding({ ruleId: 'x' }),
      finding({ ruleId: 'y', severity: 'info' }),
      finding({ ruleId: 'x', start: 4 }),
    ]);
    const s = summarizeReport(r);
    expect(s.counts).toEqual({ error: 0, warning: 2, info: 1 });
    expect(s.warningRuleIds).toEqual(['x']);
    expect(s.findingIds).toEqual(r.findings.map(findingId));
    expect(new Set(s.findingIds).size).toBe(3);
  });
});
