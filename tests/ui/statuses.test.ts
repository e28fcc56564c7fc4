import { describe, expect, it } from 'vitest';
import type { Review, Version } from '../../src/core/review/schemas';
import { lastApprovedBefore, templateStatuses, versionReview } from '../../src/ui/state/statuses';

const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);
const summary = {
  verdict: 'pass' as const,
  score: 100,
  counts: { error: 0, warning: 0, info: 0 },
  problemCount: 0,
  findingIds: [],
  warningRuleIds: [],
};
const review = (
  id: string,
  versionId: string,
  status: Review['status'],
  decidedAt: string,
  contentHash = H1,
): Review => ({
  id,
  versionId,
  templateId: versionId.split('@')[0] ?? '',
  status,
  reviewer: 'r',
  decidedAt,
  note: '',
  justifications: [],
  contentHash,
  reportSummary: summary,
});
const version = (templateId: string, number: number): Version => ({
  id: `${templateId}@${number}`,
  templateId,
  number,
  name: 'n',
  source: `s${number}`,
  meta: { audience: 'debtor' },
  message: '',
  author: 'a',
  createdAt: '2024-01-01T00:00:00.000Z',
  rulesetHash: H1,
  samplesHash: H1,
  contentHash: H1,
  report: summary,
});

describe('template statuses', () => {
  it('reports approved while the draft hash equals the approval and changed_since_approval otherwise', () => {
    const reviews = [
      review('r1', 't1@1', 'in_review', '2024-01-01T00:00:00Z'),
      review('r2', 't1@1', 'approved', '2024-01-02T00:00:00Z'),
    ];
    expect(templateStatuses(reviews, { t1: H1, t2: H1 })).toEqual({ t1: 'approved', t2: 'draft' });
    expect(templateStatuses(reviews, { t1: H2 })).toEqual({ t1: 'changed_since_approval' });
  });

  it('reports the latest review of one version', () => {
    const reviews = [
      review('r1', 't1@1', 'in_review', '2024-01-01T00:00:00Z'),
      review('r2', 't1@1', 'changes_requested', '2024-01-02T00:00:00Z'),
    ];
    expect(versionReview(reviews, 't1@1')?.id).toBe('r2');
    expect(versionReview(reviews, 't1@2')).toBeUndefined();
  });

  it('finds the newest approved earlier version of the same template for the report diff', () => {
    const versions = [version('t1', 1), version('t1', 2), version('t1', 3), version('t2', 1)];
    const reviews = [
      review('a', 't1@1', 'approved', '2024-01-01T00:00:00Z'),
      review('b', 't2@1', 'approved', '2024-01-01T00:00:00Z'),
    ];
    expect(lastApprovedBefore(versions[2] as Version, versions, reviews)?.id).toBe('t1@1');
    expect(lastApprovedBefore(versions[0] as Version, versions, reviews)).toBeUndefined();
  });
});
