import { describe, expect, it } from 'vitest';
import { STASH_KEY, takeStash, writeStash } from '../../src/ui/state/unsaved-stash';

const memory = () => {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
};
const draft = {
  content: { id: 't1', name: '提醒', source: '【钱站】您好', meta: { audience: 'debtor' as const } },
  revision: 2,
};

describe('unsaved stash', () => {
  it('returns what was stashed once, then nothing', () => {
    const s = memory();
    expect(writeStash(s, [draft])).toBe(true);
    expect(takeStash(s)).toEqual([draft]);
    expect(takeStash(s)).toEqual([]);
  });

  it('drops malformed entries and unparsable text', () => {
    const s = memory();
    s.setItem(STASH_KEY, JSON.stringify([draft, { content: { id: 1 }, revision: 'x' }, null]));
    expect(takeStash(s)).toEqual([draft]);
    const writing = { ...draft, writing: { ...draft.content, source: '【钱站】您' } };
    s.setItem(STASH_KEY, JSON.stringify([writing, { ...draft, writing: { id: 't1' } }]));
    expect(takeStash(s)).toEqual([writing]);
    s.setItem(STASH_KEY, '{not json');
    expect(takeStash(s)).toEqual([]);
  });

  it('clears the stash when nothing is pending and reports a storage that throws', () => {
    const s = memory();
    writeStash(s, [draft]);
    writeStash(s, []);
    expect(s.map.has(STASH_KEY)).toBe(false);
    const refusing = {
      ...s,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(writeStash(refusing, [draft])).toBe(false);
  });
});
