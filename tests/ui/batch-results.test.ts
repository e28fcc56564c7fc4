import { describe, expect, it } from 'vitest';
import type { RowResult } from '../../src/worker/batch-protocol';
import { BatchResults } from '../../src/ui/batch/batch-results';
import { countLines, percent, splitDuration } from '../../src/ui/batch/format';
import { segments } from '../../src/ui/batch/highlight';

const result = (verdict: RowResult['verdict'], categories: RowResult['categories'] = []): RowResult => ({
  verdict,
  score: verdict === 'pass' ? 100 : 0,
  categories,
  hits: verdict === 'block' ? [0, 2] : [],
  problems: [],
});

function five(): BatchResults {
  const results = new BatchResults();
  results.addRows([
    { line: 1, text: '老赖还钱' },
    { line: 2, text: '', bad: 'empty' },
  ]);
  results.addRows([
    { line: 3, text: '您好' },
    { line: 4, text: '上门找你' },
    { line: 5, text: '请还款' },
  ]);
  results.seal();
  return results;
}

describe('BatchResults', () => {
  it('counts bad rows as soon as reading ends and every other row as pending', () => {
    const results = five();
    expect(results.counts()).toEqual({ pending: 4, pass: 0, warn: 0, block: 0, bad: 1 });
    expect(results.pendingRows()).toEqual([0, 2, 3, 4]);
    expect(results.badRows()).toEqual([{ index: 1, line: 2, reason: 'empty' }]);
  });

  it('counts verdicts and categories (a row once per category) as results arrive, in any order', () => {
    const results = five();
    results.setResults([3, 0], [result('block', ['threat', 'third_party']), result('block', ['insult', 'insult'])]);
    results.setResults([2], [result('pass')]);
    expect(results.counts()).toEqual({ pending: 1, pass: 1, warn: 0, block: 2, bad: 1 });
    expect(results.categories()).toMatchObject({ threat: 1, third_party: 1, insult: 1, privacy: 0 });
    expect(results.row(0)).toMatchObject({ line: 1, status: 'block', categories: ['insult'], hits: [0, 2] });
  });

  it('ignores a second result for a row already done', () => {
    const results = five();
    results.setResults([0], [result('block', ['insult'])]);
    results.setResults([0], [result('pass')]);
    expect(results.counts().block).toBe(1);
    expect(results.categories().insult).toBe(1);
  });

  it('lists rows whose check failed as bad rows with the problem codes', () => {
    const results = five();
    results.setFailed([3, 4], [{ code: 'internal', message: 'crashed' }]);
    expect(results.counts()).toMatchObject({ pending: 2, bad: 3 });
    expect(results.badRows().map((r) => [r.line, r.reason])).toEqual([
      [2, 'empty'],
      [4, 'failed'],
      [5, 'failed'],
    ]);
    expect(results.row(3).problems).toEqual(['internal']);
    expect(results.badRows(1)).toHaveLength(1);
  });

  it('filters rows by status and by category, keeping their order', () => {
    const results = five();
    results.setResults(
      [0, 2, 3, 4],
      [result('block', ['insult']), result('pass'), result('block', ['threat']), result('warn', ['insult'])],
    );
    expect([...results.filter({ status: 'all', category: 'all' })]).toEqual([0, 1, 2, 3, 4]);
    expect([...results.filter({ status: 'block', category: 'all' })]).toEqual([0, 3]);
    expect([...results.filter({ status: 'all', category: 'insult' })]).toEqual([0, 4]);
    expect([...results.filter({ status: 'block', category: 'insult' })]).toEqual([0]);
    expect([...results.filter({ status: 'bad', category: 'all' })]).toEqual([1]);
  });
});

describe('segments', () => {
  it('cuts a message at its hits, as text parts', () => {
    expect(segments('你这个老赖快还钱', [3, 5, 6, 8])).toEqual([
      { text: '你这个', hit: false },
      { text: '老赖', hit: true },
      { text: '快', hit: false },
      { text: '还钱', hit: true },
    ]);
  });

  it('clamps hits past the end of a shortened text', () => {
    expect(segments('<b>老赖', [3, 40])).toEqual([
      { text: '<b>', hit: false },
      { text: '老赖', hit: true },
    ]);
    expect(segments('', [])).toEqual([{ text: '', hit: false }]);
  });
});

describe('format helpers', () => {
  it('counts pasted lines without a final line break', () => {
    expect([
      countLines(''),
      countLines('a'),
      countLines('a\nb'),
      countLines('a\nb\n'),
      countLines('a\r\n\r\nb'),
    ]).toEqual([0, 1, 2, 2, 3]);
  });

  it('says 100 percent only when everything is done', () => {
    expect([percent(0, 0), percent(1999, 2000), percent(2000, 2000), percent(1, 3)]).toEqual([0, 99, 100, 33]);
  });

  it('splits seconds left into minutes and seconds, rounding up', () => {
    expect(splitDuration(125.2)).toEqual({ m: 2, s: 6 });
    expect(splitDuration(-3)).toEqual({ m: 0, s: 0 });
  });
});
