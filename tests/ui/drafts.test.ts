import { describe, expect, it } from 'vitest';
import { fromDraft, plainMeta, sameContent, toDraftContent } from '../../src/ui/state/drafts';

describe('draft mapping', () => {
  it('drops undefined members and copies the send window when making a plain meta', () => {
    const window = { start: '09:00', end: '20:00' };
    const meta = plainMeta({ audience: 'debtor', stage: undefined, sendWindow: window, maxPerDay: 1 });
    expect(meta).toEqual({ audience: 'debtor', sendWindow: { start: '09:00', end: '20:00' }, maxPerDay: 1 });
    expect('stage' in meta).toBe(false);
    expect(meta.sendWindow).not.toBe(window);
  });

  it('reports the same content when only undefined meta members differ', () => {
    const a = { id: 't', name: 'n', source: 's', meta: { audience: 'debtor' as const } };
    expect(sameContent(a, { ...a, meta: { audience: 'debtor', stage: undefined } })).toBe(true);
    expect(sameContent(a, { ...a, source: 's2' })).toBe(false);
    expect(sameContent(a, { ...a, meta: { audience: 'guarantor' } })).toBe(false);
  });

  it('reports the same content when the store returns the meta keys in another order', () => {
    const a = {
      id: 't',
      name: 'n',
      source: 's',
      meta: { audience: 'debtor' as const, stage: 'D+7', sendWindow: { start: '08:00', end: '20:00' } },
    };
    const reordered = {
      ...a,
      meta: { sendWindow: { end: '20:00', start: '08:00' }, stage: 'D+7', audience: 'debtor' as const },
    };
    expect(sameContent(a, reordered)).toBe(true);
    expect(sameContent(a, { ...reordered, meta: { ...reordered.meta, stage: 'D+30' } })).toBe(false);
  });

  it('marks repo examples as examples and keeps id, name and source when reading a stored draft', () => {
    const draft = {
      id: 'd1',
      name: '提醒',
      source: '【钱站】',
      meta: { audience: 'debtor' as const },
      revision: 3,
      updatedAt: '2024-03-01T08:00:00.000Z',
    };
    const t = fromDraft(draft, new Set(['d1']));
    expect(t).toMatchObject({
      id: 'd1',
      name: '提醒',
      source: '【钱站】',
      origin: 'example',
      updatedAt: Date.parse(draft.updatedAt),
    });
    expect(fromDraft(draft, new Set()).origin).toBe('user');
    expect(toDraftContent(t)).toEqual({ id: 'd1', name: '提醒', source: '【钱站】', meta: { audience: 'debtor' } });
  });
});
