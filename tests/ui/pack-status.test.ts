import { describe, expect, it } from 'vitest';
import { approvalDrift, contentHash, templateStatus, type Review, type Version } from '../../src/core/model';

const OLD_RULES = 'a'.repeat(64);
const NEW_RULES = 'b'.repeat(64);
const SAMPLES = 'c'.repeat(64);
const meta = { audience: 'debtor' as const, stage: 'D+3' };
const source = '【钱站】您好';
const summary = {
  verdict: 'warn' as const,
  score: 90,
  counts: { error: 0, warning: 1, info: 0 },
  problemCount: 0,
  findingIds: [],
  warningRuleIds: [],
};

async function approved(): Promise<{ review: Review; version: Version }> {
  const hash = await contentHash({ source, meta, rulesetHash: OLD_RULES, samplesHash: SAMPLES });
  const version: Version = {
    id: 't@1',
    templateId: 't',
    number: 1,
    name: 'n',
    source,
    meta,
    message: '',
    author: 'w',
    createdAt: '2026-12-06T00:00:00.000Z',
    rulesetHash: OLD_RULES,
    samplesHash: SAMPLES,
    contentHash: hash,
    report: summary,
  };
  const review: Review = {
    id: 'r1',
    versionId: 't@1',
    templateId: 't',
    status: 'approved',
    reviewer: '李法务',
    decidedAt: '2026-12-06T01:00:00.000Z',
    note: '',
    justifications: [],
    contentHash: hash,
    reportSummary: summary,
  };
  return { review, version };
}

/** The library badge of a template that is changed since approval, before its re-check answers. */
async function badge(draft: { source: string; meta: typeof meta }, rulesetHash: string): Promise<string> {
  const changed = await approvalDrift(draft, await approved(), { rulesetHash, samplesHash: SAMPLES });
  return templateStatus('changed_since_approval', changed && { changed });
}

describe('template badge', () => {
  it('says the rule pack changed when the approved text is unchanged and only the ruleset hash moved', async () => {
    expect(await badge({ source, meta }, NEW_RULES)).toBe('rules_changed_since_approval');
  });

  it('says changed since approval when the text changed too, or when the rules did not change', async () => {
    expect(await badge({ source: `${source}！`, meta }, NEW_RULES)).toBe('changed_since_approval');
    expect(await badge({ source, meta }, OLD_RULES)).toBe('changed_since_approval');
  });

  it('leaves every other status as it is', () => {
    expect(templateStatus('approved', { changed: 'rules' })).toBe('approved');
    expect(templateStatus('in_review', { changed: 'rules' })).toBe('in_review');
    expect(templateStatus('changed_since_approval', undefined)).toBe('changed_since_approval');
  });
});
