import { describe, expect, it } from 'vitest';
import { splitMarks } from '../../src/ui/preview/spans';

describe('splitMarks', () => {
  it('reports plain text as one unmarked piece', () => {
    expect(splitMarks('你好', [])).toEqual([{ text: '你好', active: false, titles: [] }]);
  });

  it('splits at mark boundaries and keeps the strongest severity where marks overlap', () => {
    const text = '你这个老赖请还款';
    const pieces = splitMarks(text, [
      { start: 3, end: 5, severity: 'error', title: 'insult' },
      { start: 4, end: 7, severity: 'warning' },
    ]);
    expect(pieces.map((p) => [p.text, p.severity ?? null])).toEqual([
      ['你这个', null],
      ['老', 'error'],
      ['赖', 'error'],
      ['请还', 'warning'],
      ['款', null],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('clamps marks to the text and drops empty ones', () => {
    const pieces = splitMarks('abc', [
      { start: 2, end: 99, severity: 'info', active: true },
      { start: 1, end: 1, severity: 'error' },
    ]);
    expect(pieces.map((p) => [p.text, p.active])).toEqual([
      ['ab', false],
      ['c', true],
    ]);
  });
});
