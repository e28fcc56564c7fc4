import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/worker/batch-decode';
import { columnRows, guessColumn, MAX_ROW_CHARS, pasteRows, readTable } from '../../src/worker/batch-rows';

const hex = (h: string): Uint8Array => new Uint8Array(h.match(/../g)?.map((b) => parseInt(b, 16)) ?? []);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** '序号,短信内容\r\n1,"【示例银行】您好，请还款"\r\n2,你这个老赖\r\n' in GB18030 */
const GB_CSV = hex(
  'd0f2bac52cb6ccd0c5c4dac8dd0d0a312c22a1becabec0fdd2f8d0d0a1bfc4fabac3a3acc7ebbbb9bfee220d0a322cc4e3d5e2b8f6c0cfc0b50d0a',
);

describe('decodeBytes', () => {
  it('reads valid UTF-8 as UTF-8 and drops its BOM', () => {
    expect(decodeBytes(utf8('\uFEFF你好，请还款'))).toEqual({ text: '你好，请还款', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as GB18030', () => {
    const { text, encoding } = decodeBytes(GB_CSV);
    expect(encoding).toBe('gb18030');
    expect(text).toBe('序号,短信内容\r\n1,"【示例银行】您好，请还款"\r\n2,你这个老赖\r\n');
  });

  it('drops a GB18030 BOM', () => {
    expect(decodeBytes(hex('84319533c4e3bac3'))).toEqual({ text: '你好', encoding: 'gb18030' });
  });

  it('keeps reading UTF-8 with one broken byte among many characters (the broken row shows U+FFFD)', () => {
    const good = utf8(`text\n${'您好，请按时还款。\n'.repeat(20)}`);
    const bytes = new Uint8Array([...good, 0xff, ...utf8('坏行\n')]);
    const { text, encoding } = decodeBytes(bytes);
    expect(encoding).toBe('utf-8');
    expect(text.endsWith('\uFFFD坏行\n')).toBe(true);
  });
});

describe('pasteRows', () => {
  it('makes one row per line, numbered from 1, with no row for a final line break', () => {
    expect(pasteRows('甲\r\n乙\n丙\r丁\n')).toEqual([
      { line: 1, text: '甲' },
      { line: 2, text: '乙' },
      { line: 3, text: '丙' },
      { line: 4, text: '丁' },
    ]);
  });

  it('marks blank, too long and undecodable lines as bad rows without dropping them', () => {
    const long = '催'.repeat(MAX_ROW_CHARS + 1);
    const rows = pasteRows(`好\n  \n${long}\n坏\uFFFD\n${'催'.repeat(MAX_ROW_CHARS)}`);
    expect(rows.map((r) => [r.line, r.bad])).toEqual([
      [1, undefined],
      [2, 'empty'],
      [3, 'too-long'],
      [4, 'undecodable'],
      [5, undefined],
    ]);
  });
});

describe('readTable and columnRows', () => {
  it('reads a GB18030 CSV with its header and picks the message column by its name', () => {
    const table = readTable('export.csv', GB_CSV);
    expect(table.encoding).toBe('gb18030');
    expect(table.header).toEqual(['序号', '短信内容']);
    expect(guessColumn(table)).toBe(1);
    expect(columnRows(table, 1)).toEqual([
      { line: 2, text: '【示例银行】您好，请还款' },
      { line: 3, text: '你这个老赖' },
    ]);
  });

  it('reads a TSV and guesses the longest column when no header names the messages', () => {
    const table = readTable('x.tsv', utf8('a\tb\n1\t您好，请于今日还款\n2\t请尽快还款\n'));
    expect(table.delimiter).toBe('\t');
    expect(guessColumn(table)).toBe(1);
  });

  it('lists a malformed record and a record without the column as bad rows with their line', () => {
    const table = readTable('x.csv', utf8('id,text\n1\n2,"ok"\n3,"a"b\n4,'));
    expect(columnRows(table, 1)).toEqual([
      { line: 2, text: '', bad: 'no-column' },
      { line: 3, text: 'ok' },
      { line: 4, text: '', bad: 'malformed' },
      { line: 5, text: '', bad: 'empty' },
    ]);
  });
});
