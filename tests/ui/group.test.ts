import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index';
import { groupFindings, mergeFindings } from '../../src/ui/findings/group';

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'r',
  category: 'privacy',
  severity: 'error',
  messageId: 'm',
  vars: {},
  target: 'output',
  ...over,
});

describe('findings grouping', () => {
  it('merges hits of one rule from the same source place across samples', () => {
    const merged = mergeFindings([
      f({ sampleId: 'a', sampleIds: ['a'], sourceStart: 3, sourceEnd: 9, variable: 'borrower.id_number', match: '1' }),
      f({ sampleId: 'b', sampleIds: ['b'], sourceStart: 3, sourceEnd: 9, variable: 'borrower.id_number', match: '2' }),
      f({ ruleId: 'other', sampleId: 'a', sourceStart: 3, sourceEnd: 9 }),
      f({ sampleId: 'c', match: 'no source place' }),
    ]);
    expect(merged.map((m) => [m.finding.ruleId, m.sampleIds])).toEqual([
      ['r', ['a', 'b']],
      ['other', ['a']],
      ['r', ['c']],
    ]);
    expect(merged[0]?.all).toHaveLength(2);
  });

  it('groups by severity, errors first, then by category in catalog order', () => {
    const groups = groupFindings([
      f({ severity: 'info', category: 'length' }),
      f({ severity: 'error', category: 'privacy' }),
      f({ severity: 'error', category: 'threat', target: 'source' }),
    ]);
    expect(groups.map((g) => [g.severity, g.categories.map((c) => c.category), g.count])).toEqual([
      ['error', ['threat', 'privacy'], 2],
      ['info', ['length'], 1],
    ]);
  });
});
