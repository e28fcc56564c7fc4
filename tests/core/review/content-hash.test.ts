import { describe, expect, it } from 'vitest';
import { contentHash, type HashedContent } from '../../../src/core/review/content-hash';
import { HASH_A, HASH_B } from './fixtures';

const base: HashedContent = {
  source: '【钱站】{{ borrower.name }}您好',
  meta: { audience: 'debtor', sendWindow: { start: '09:00', end: '20:00' } },
  rulesetHash: HASH_A,
  samplesHash: HASH_B,
};

describe('contentHash', () => {
  it('returns the same lowercase hex SHA-256 when the content is the same, whatever the key order', async () => {
    const reordered = {
      samplesHash: HASH_B,
      rulesetHash: HASH_A,
      meta: { sendWindow: { end: '20:00', start: '09:00' }, audience: 'debtor' },
      source: base.source,
    };
    const h = await contentHash(base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentHash(reordered)).toBe(h);
    expect(await contentHash({ ...base, meta: { ...(base.meta as object), stage: undefined } })).toBe(h);
  });

  it.each<[string, Partial<HashedContent>]>([
    ['source', { source: '【钱站】{{ borrower.name }}您好。' }],
    ['meta', { meta: { audience: 'guarantor', sendWindow: { start: '09:00', end: '20:00' } } }],
    ['meta window', { meta: { audience: 'debtor', sendWindow: { start: '09:00', end: '21:00' } } }],
    ['ruleset hash', { rulesetHash: 'c'.repeat(64) }],
    ['samples hash', { samplesHash: 'c'.repeat(64) }],
  ])('returns a different hash when the %s changes', async (_what, change) => {
    expect(await contentHash({ ...base, ...change })).not.toBe(await contentHash(base));
  });

  it('ignores fields outside source, meta and the two hashes', async () => {
    const withExtra = { ...base, revision: 7 } as HashedContent;
    expect(await contentHash(withExtra)).toBe(await contentHash(base));
  });
});
