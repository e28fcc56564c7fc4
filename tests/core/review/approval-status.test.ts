import { describe, expect, it } from 'vitest';
import {
  approvalStatus,
  latestReview,
  templateStatus,
  TEMPLATE_STATUSES,
} from '../../../src/core/review/approval-status';
import type { Review } from '../../../src/core/review/schemas';
import { HASH_A, HASH_B, summary } from './fixtures';

const review = (id: string, status: Review['status'], decidedAt: string, contentHash = HASH_A): Review => ({
  id,
  versionId: 't1@1',
  templateId: 't1',
  status,
  reviewer: '李四',
  decidedAt,
  note: '',
  justifications: [],
  contentHash,
  reportSummary: summary(),
});

describe('approvalStatus', () => {
  it('follows submit → approve → edit → changed_since_approval → revert', () => {
    expect(approvalStatus({ currentHash: HASH_A })).toBe('draft');
    const submitted = review('r1', 'in_review', '2024-05-01T09:00:00.000Z');
    expect(approvalStatus({ latest: submitted, currentHash: HASH_A })).toBe('in_review');
    const approved = review('r2', 'approved', '2024-05-01T10:00:00.000Z');
    expect(approvalStatus({ latest: approved, currentHash: HASH_A })).toBe('approved');
    expect(approvalStatus({ latest: approved, currentHash: HASH_B })).toBe('changed_since_approval');
    expect(approvalStatus({ latest: approved, currentHash: HASH_A })).toBe('approved');
  });

  it('reports changes_requested whatever the current hash', () => {
    const back = review('r2', 'changes_requested', '2024-05-01T10:00:00.000Z');
    expect(approvalStatus({ latest: back, currentHash: HASH_B })).toBe('changes_requested');
  });

  it('keeps in_review when the draft is edited while its version is reviewed', () => {
    expect(approvalStatus({ latest: review('r1', 'in_review', '2024-05-01T09:00:00.000Z'), currentHash: HASH_B })).toBe(
      'in_review',
    );
  });
});

describe('latestReview', () => {
  it('picks the latest decision, breaking equal times by id', () => {
    const a = review('r1', 'in_review', '2024-05-01T09:00:00.000Z');
    const b = review('r3', 'approved', '2024-05-01T10:00:00.000Z');
    const c = review('r2', 'changes_requested', '2024-05-01T10:00:00.000Z');
    expect(latestReview([b, a, c])?.id).toBe('r3');
    expect(latestReview([])).toBeUndefined();
  });
});

describe('templateStatus', () => {
  it.each<[string, Parameters<typeof templateStatus>, string]>([
    ['approved stays approved', ['approved', { changed: 'samples', recheck: { same: true } }], 'approved'],
    ['a changed template without drift', ['changed_since_approval', undefined], 'changed_since_approval'],
    [
      'samples moved, re-check pending',
      ['changed_since_approval', { changed: 'samples' }],
      'samples_changed_since_approval',
    ],
    [
      'samples moved, re-check the same',
      ['changed_since_approval', { changed: 'samples', recheck: { same: true } }],
      'samples_changed_same_result',
    ],
    [
      'samples moved, re-check differs',
      ['changed_since_approval', { changed: 'samples', recheck: { same: false } }],
      'samples_changed_since_approval',
    ],
    [
      'rules moved, re-check the same',
      ['changed_since_approval', { changed: 'rules', recheck: { same: true } }],
      'rules_changed_same_result',
    ],
    [
      'rules moved, re-check differs',
      ['changed_since_approval', { changed: 'rules', recheck: { same: false } }],
      'rules_changed_since_approval',
    ],
    [
      'both moved, re-check the same',
      ['changed_since_approval', { changed: 'rules_and_samples', recheck: { same: true } }],
      'rules_and_samples_changed_same_result',
    ],
    ['in review is kept', ['in_review', { changed: 'samples', recheck: { same: true } }], 'in_review'],
  ])('%s', (_name, args, expected) => {
    expect(templateStatus(...args)).toBe(expected);
    expect(TEMPLATE_STATUSES).toContain(expected);
  });
});
