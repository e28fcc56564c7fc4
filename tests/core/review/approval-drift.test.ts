import { describe, expect, it } from 'vitest';
import { approvalDrift } from '../../../src/core/review/approval-drift';
import { contentHash } from '../../../src/core/review/content-hash';
import type { Review, Version } from '../../../src/core/review/schemas';
import { HASH_A, HASH_B, summary, version } from './fixtures';

const HASH_C = 'c'.repeat(64);
const meta = { audience: 'debtor' as const, stage: 'D+3' };
const source = '【钱站】您好';

async function approved(): Promise<{ review: Review; version: Version }> {
  const hash = await contentHash({ source, meta, rulesetHash: HASH_A, samplesHash: HASH_B });
  const v = version({ source, meta, rulesetHash: HASH_A, samplesHash: HASH_B, contentHash: hash });
  const review: Review = {
    id: 'r1',
    versionId: v.id,
    templateId: v.templateId,
    status: 'approved',
    reviewer: '李四',
    decidedAt: '2024-05-01T10:00:00.000Z',
    note: '',
    justifications: [],
    contentHash: hash,
    reportSummary: summary(),
  };
  return { review, version: v };
}

describe('approvalDrift', () => {
  it.each<[string, { source?: string; meta?: typeof meta }, [string, string], string | undefined]>([
    ['the samples moved', {}, [HASH_A, HASH_C], 'samples'],
    ['the rules moved', {}, [HASH_C, HASH_B], 'rules'],
    ['both moved', {}, [HASH_C, HASH_C], 'rules_and_samples'],
    ['nothing moved', {}, [HASH_A, HASH_B], undefined],
    ['the source changed too', { source: `${source}！` }, [HASH_A, HASH_C], undefined],
    ['the meta changed too', { meta: { ...meta, stage: 'D+7' } }, [HASH_A, HASH_C], undefined],
  ])('%s → %s', async (_name, draft, [rulesetHash, samplesHash], expected) => {
    const a = await approved();
    const d = { source: draft.source ?? source, meta: draft.meta ?? meta };
    expect(await approvalDrift(d, a, { rulesetHash, samplesHash })).toBe(expected);
  });

  it('is undefined when the review is not an approval of that version', async () => {
    const a = await approved();
    const now = { rulesetHash: HASH_A, samplesHash: HASH_C };
    expect(await approvalDrift({ source, meta }, { ...a, review: { ...a.review, status: 'in_review' } }, now)).toBe(
      undefined,
    );
    expect(await approvalDrift({ source, meta }, { ...a, review: { ...a.review, versionId: 't1@9' } }, now)).toBe(
      undefined,
    );
  });
});
