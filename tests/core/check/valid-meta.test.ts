import { describe, expect, it } from 'vitest';
import { validMeta } from '../../../src/core/check/valid-meta';
import type { Problem } from '../../../src/core/result';

const run = (meta: unknown): { meta: unknown; codes: string[] } => {
  const problems: Problem[] = [];
  const resolved = validMeta(meta as never, problems);
  return { meta: resolved, codes: problems.map((p) => p.code) };
};

describe('validMeta', () => {
  it('reports the same result for a meta checked again, and again after it was changed in place', () => {
    const meta: Record<string, unknown> = { audience: 'debtor', stage: 'D+7' };
    expect(run(meta)).toEqual({ meta: expect.objectContaining({ stage: 'D+7' }), codes: [] });
    expect(run(meta)).toEqual({ meta: expect.objectContaining({ stage: 'D+7' }), codes: [] });
    meta.stage = 'D+15';
    expect(run(meta).meta).toMatchObject({ stage: 'D+15' });
    meta.maxPerDay = 0;
    expect(run(meta).codes).toEqual(['meta/invalid']);
    expect(run({ ...meta, maxPerDay: 1 }).codes).toEqual([]);
  });

  it.each([
    ['a number as text', { audience: 'debtor', maxPerDay: '2' }, ['meta/invalid']],
    ['a number', { audience: 'debtor', maxPerDay: 2 }, []],
    ['null', { audience: 'debtor', stage: null }, ['meta/invalid']],
    ['undefined', { audience: 'debtor', stage: undefined }, []],
    [
      'a send window with a bad clock',
      { audience: 'debtor', sendWindow: { start: '9', end: '20:00' } },
      ['meta/invalid'],
    ],
    ['a send window', { audience: 'debtor', sendWindow: { start: '09:00', end: '20:00' } }, []],
    ['an array', ['debtor'], ['meta/invalid']],
  ])('validates a meta with %s on its own, whatever was checked before', (_, meta, codes) => {
    expect(run(meta).codes).toEqual(codes);
    expect(run(meta).codes).toEqual(codes);
  });

  it('hands out a meta the caller may change without changing the next check', () => {
    const first = run({ audience: 'debtor', sendWindow: { start: '09:00', end: '20:00' } }).meta as {
      sendWindow: { start: string };
    };
    first.sendWindow.start = '00:00';
    expect(run({ audience: 'debtor', sendWindow: { start: '09:00', end: '20:00' } }).meta).toMatchObject({
      sendWindow: { start: '09:00' },
    });
  });
});
