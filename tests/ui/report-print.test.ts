import { describe, expect, it } from 'vitest';
import { diffText } from '../../src/core/model';
import { diffRows } from '../../src/ui/review/line-diff';
import { cssString, pageCss } from '../../src/ui/review/print-page';

const rowText = (r: { parts: { text: string; changed: boolean }[] }) =>
  r.parts.map((p) => (p.changed ? `[${p.text}]` : p.text)).join('');

describe('diffRows', () => {
  it('marks the changed words of a one-line template, not the whole line', () => {
    const a = '{{ platform.signature }}您好，请尽快还款。';
    const b = '{{ platform.signature }}您好，请在今日还款。';
    expect(diffRows(a, b).map((r) => [r.kind, r.aLine, r.bLine, rowText(r)])).toEqual([
      ['del', 1, undefined, '{{ platform.signature }}您好，请[尽快]还款。'],
      ['ins', undefined, 1, '{{ platform.signature }}您好，请[在今日]还款。'],
    ]);
  });

  it('numbers unchanged, deleted and inserted lines on each side', () => {
    const rows = diffRows('a\nb\nc\n', 'a\nc\nd\ne\n');
    expect(rows.map((r) => [r.kind, r.aLine, r.bLine, rowText(r)])).toEqual([
      ['same', 1, 1, 'a'],
      ['del', 2, undefined, '[b]'],
      ['same', 3, 2, 'c'],
      ['ins', undefined, 3, '[d]'],
      ['ins', undefined, 4, '[e]'],
    ]);
  });

  it('gives back both texts: old rows are a, new rows are b', () => {
    const a = '第一行\n{{ borrower.name | surname }}您好\n末行';
    const b = '第一行\n{{ borrower.name | salutation: borrower.gender }}您好\n新增\n末行';
    const rows = diffRows(a, b);
    const side = (kind: 'del' | 'ins') =>
      rows
        .filter((r) => r.kind === 'same' || r.kind === kind)
        .map((r) => r.parts.map((p) => p.text).join(''))
        .join('\n');
    expect(side('del')).toBe(a);
    expect(side('ins')).toBe(b);
  });
});

describe('diffText by word', () => {
  it('treats each CJK character and each Latin word as a word', () => {
    const ops = diffText('应还{{ loan.amount_due | cny }}元', '应还{{ loan.amount_due | rmb_upper }}', { by: 'word' });
    expect(ops.filter((o) => o.op !== 'equal').map((o) => [o.op, o.text])).toEqual([
      ['delete', 'cny'],
      ['insert', 'rmb_upper'],
      ['delete', '元'],
    ]);
  });
});

describe('printed page marks', () => {
  it('writes English page numbers without an empty string', () => {
    const css = pageCss({ header: 'h', title: 't', footer: 'f', pages: 'Page {page} of {pages}' });
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });

  it('escapes quotes, backslashes and line breaks in a CSS string', () => {
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c d"');
  });

  it('puts the template, the title, the hash and the page numbers in the margins of every page', () => {
    const css = pageCss({
      header: '逾期提醒 "D+7" · #3',
      title: '审批报告',
      footer: '内容哈希 abcd',
      pages: '第 {page} 页，共 {pages} 页',
    });
    expect(css).toContain('@top-left { content: "逾期提醒 \\"D+7\\" · #3";');
    expect(css).toContain('@bottom-right { content: "第 " counter(page) " 页，共 " counter(pages) " 页";');
    expect(css).toContain('@bottom-left { content: "内容哈希 abcd";');
  });
});
