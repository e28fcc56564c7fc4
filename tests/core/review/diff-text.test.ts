import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, type DiffOp } from '../../../src/core/review/diff-text';

const side = (ops: DiffOp[], keep: 'delete' | 'insert'): string =>
  ops
    .filter((o) => o.op === 'equal' || o.op === keep)
    .map((o) => o.text)
    .join('');
const compact = (ops: DiffOp[]): string[] =>
  ops.map((o) => `${o.op === 'equal' ? '=' : o.op === 'insert' ? '+' : '-'}${o.text}`);

describe('diffText', () => {
  it.each<[string, string, string[]]>([
    ['您已逾期3天', '您已逾期5天', ['=您已逾期', '-3', '+5', '=天']],
    ['', '新文本', ['+新文本']],
    ['旧文本', '', ['-旧文本']],
    ['相同', '相同', ['=相同']],
    ['请于今日还款', '请务必于今日还款', ['=请', '+务必', '=于今日还款']],
    ['a😀b', 'a😃b', ['=a', '-😀', '+😃', '=b']],
  ])('diffs %j → %j by character', (a, b, expected) => {
    expect(compact(diffText(a, b))).toEqual(expected);
  });

  it('diffs whole lines in line mode', () => {
    expect(compact(diffText('第一行\n第二行\n第三行', '第一行\n改过\n第三行', { by: 'line' }))).toEqual([
      '=第一行\n',
      '-第二行\n',
      '+改过\n',
      '=第三行',
    ]);
  });

  it('gives offsets that locate each run in a and b', () => {
    for (const op of diffText('尊敬的张三先生，您已逾期', '尊敬的李四女士，您已逾期3天')) {
      if (op.op !== 'insert')
        expect('尊敬的张三先生，您已逾期'.slice(op.aStart, op.aStart + op.text.length)).toBe(op.text);
      if (op.op !== 'delete')
        expect('尊敬的李四女士，您已逾期3天'.slice(op.bStart, op.bStart + op.text.length)).toBe(op.text);
    }
  });

  it('rebuilds both texts from the runs, for any input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        (a, b) => {
          const ops = diffText(a, b);
          expect(side(ops, 'delete')).toBe(a);
          expect(side(ops, 'insert')).toBe(b);
        },
      ),
    );
  });

  it('falls back to one replacement when the edit distance exceeds maxEdits, still rebuilding both texts', () => {
    const ops = diffText('x' + 'abcdef' + 'y', 'x' + 'uvwxyz' + 'y', { maxEdits: 2 });
    expect(compact(ops)).toEqual(['=x', '-abcdef', '+uvwxyz', '=y']);
  });
});
