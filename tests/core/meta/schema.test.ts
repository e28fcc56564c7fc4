import { describe, expect, it } from 'vitest';
import { parseMeta, resolveMeta, templateMetaSchema } from '../../../src/core/meta/schema';
import { DEFAULT_META } from '../../../src/core/types';

const paths = (r: ReturnType<typeof parseMeta>) => (r.ok ? [] : r.problems.map((p) => [p.code, p.file, p.path]));

describe('parseMeta', () => {
  it.each([
    [{ audience: 'debtor' }],
    [{ audience: 'guarantor', id: 'd-plus-1', name: '逾期提醒', stage: 'D+1' }],
    [{ audience: 'contact', sendWindow: { start: '00:00', end: '23:59' }, maxPerDay: 50, commercial: true }],
  ])('accepts %j', (json) => {
    const r = parseMeta(json);
    expect(r.ok && r.value).toEqual(json);
  });

  it.each([
    ['no audience', {}, ['audience']],
    ['an unknown audience', { audience: 'family' }, ['audience']],
    ['an unknown key', { audience: 'debtor', sender: 'x' }, []],
    ['a non-kebab id', { audience: 'debtor', id: 'Bad_Id' }, ['id']],
    ['an empty name', { audience: 'debtor', name: '' }, ['name']],
    ['hour 24', { audience: 'debtor', sendWindow: { start: '09:00', end: '24:00' } }, ['sendWindow', 'end']],
    ['minute 60', { audience: 'debtor', sendWindow: { start: '09:60', end: '20:00' } }, ['sendWindow', 'start']],
    ['a one-digit hour', { audience: 'debtor', sendWindow: { start: '9:00', end: '20:00' } }, ['sendWindow', 'start']],
    ['a missing end', { audience: 'debtor', sendWindow: { start: '09:00' } }, ['sendWindow', 'end']],
    ['maxPerDay 0', { audience: 'debtor', maxPerDay: 0 }, ['maxPerDay']],
    ['maxPerDay 51', { audience: 'debtor', maxPerDay: 51 }, ['maxPerDay']],
    ['a fractional maxPerDay', { audience: 'debtor', maxPerDay: 1.5 }, ['maxPerDay']],
    ['a string commercial', { audience: 'debtor', commercial: 'no' }, ['commercial']],
  ])('reports %s at its JSON path', (_what, json, path) => {
    expect(paths(parseMeta(json, 'x.meta.json'))).toEqual([['meta/invalid', 'x.meta.json', path]]);
  });

  it('parses a JSON string and reports a syntax error as meta/json', () => {
    expect(parseMeta('{"audience":"debtor"}').ok).toBe(true);
    const r = parseMeta('{"audience":', 'y.meta.json');
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.file])).toEqual([['meta/json', 'y.meta.json']]);
  });

  it('is the schema other modules can reuse', () => {
    expect(templateMetaSchema.safeParse({ audience: 'debtor' }).success).toBe(true);
  });
});

describe('resolveMeta', () => {
  it('fills every default when nothing is given', () => {
    expect(resolveMeta()).toEqual(DEFAULT_META);
  });

  it('keeps given values and ignores undefined ones', () => {
    const r = resolveMeta({
      audience: 'contact',
      maxPerDay: undefined,
      sendWindow: { start: '08:00', end: '21:00' },
      id: 'a',
    });
    expect(r).toEqual({ ...DEFAULT_META, audience: 'contact', sendWindow: { start: '08:00', end: '21:00' }, id: 'a' });
  });

  it('never hands out the shared default window', () => {
    resolveMeta().sendWindow.start = '00:00';
    expect(DEFAULT_META.sendWindow.start).toBe('09:00');
  });
});
