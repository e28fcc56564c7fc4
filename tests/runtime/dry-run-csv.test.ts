import { describe, expect, it } from 'vitest';
import { csvRecords, decodeText, type CsvEncoding, type CsvRecord } from '../../src/runtime/index';
import { MAX_RECORD_CHARS } from '../../src/runtime/dry-run/csv';
import { SNIFF_BYTES } from '../../src/runtime/dry-run/decode';

/** Bytes fed in pieces of `size` (1 splits every multi-byte character and every CR LF). */
async function* pieces(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function records(input: string | Uint8Array, size = 1 << 16) {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let encoding: CsvEncoding | undefined;
  const out: CsvRecord[] = [];
  for await (const r of csvRecords(decodeText(pieces(bytes, size), (e) => void (encoding = e)))) out.push(r);
  return { out, encoding };
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

// GB18030 (GBK range): 张 D5C5, 三 C8FD, 姓 D0D5, 名 C3FB
const ZHANG_SAN = [0xd5, 0xc5, 0xc8, 0xfd];
const XING_MING = [0xd0, 0xd5, 0xc3, 0xfb];

describe('csvRecords', () => {
  it.each([
    {
      name: 'plain CRLF rows',
      text: 'a,b\r\n1,2\r\n',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      name: 'LF rows and no final break',
      text: 'a,b\n1,2',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      name: 'a lone CR as a break',
      text: 'a,b\r1,2\r',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      name: 'empty fields',
      text: ',\r\na,,c\r\n',
      rows: [
        ['', ''],
        ['a', '', 'c'],
      ],
    },
    { name: 'a quoted comma', text: '"a,b",c\r\n', rows: [['a,b', 'c']] },
    { name: 'a doubled quote', text: '"say ""hi""",x\r\n', rows: [['say "hi"', 'x']] },
    {
      name: 'a CRLF inside quotes',
      text: '"line1\r\nline2",x\r\nnext,y\r\n',
      rows: [
        ['line1\r\nline2', 'x'],
        ['next', 'y'],
      ],
    },
    { name: 'an empty quoted field', text: '"",x\r\n""\r\n', rows: [['', 'x'], ['']] },
    { name: 'blank lines skipped', text: 'a\r\n\r\n\nb\r\n', rows: [['a'], ['b']] },
    {
      name: 'Chinese text',
      text: '姓名,金额\r\n张三,100\r\n',
      rows: [
        ['姓名', '金额'],
        ['张三', '100'],
      ],
    },
  ])('reads $name (whole and byte by byte)', async ({ text, rows }) => {
    for (const size of [1 << 16, 1, 3]) {
      const { out } = await records(text, size);
      expect(out.map((r) => ('fields' in r ? r.fields : r.error))).toEqual(rows);
    }
  });

  it('numbers each record by the line it starts on, counting breaks inside quotes', async () => {
    const { out } = await records('h\r\n"a\r\nb"\r\n\r\nc\r\n"d\ne\nf"\r\ng');
    expect(out.map((r) => r.line)).toEqual([1, 2, 5, 6, 9]);
  });

  it.each([
    { name: 'a quote inside an unquoted field', text: 'ab"c,d\r\nok\r\n', error: /quote inside the unquoted field 1/ },
    { name: 'text after a closing quote', text: 'x,"ab"c\r\nok\r\n', error: /after the closing quote of field 2/ },
    { name: 'an unclosed quote at the end', text: 'ok\r\n"abc\r\n', error: /not closed/ },
  ])('reports $name as a malformed record and reads on', async ({ text, error }) => {
    const { out } = await records(text);
    const bad = out.find((r) => 'error' in r) as { error: string; line: number };
    expect(bad.error).toMatch(error);
    expect(out.filter((r) => 'fields' in r).map((r) => ('fields' in r ? r.fields : []))).toEqual([['ok']]);
  });

  it('refuses a record longer than the limit without keeping it, and reads the next one', async () => {
    const { out } = await records(`"${'x'.repeat(MAX_RECORD_CHARS + 10)}"\r\nnext\r\n`);
    expect(out.map((r) => ('error' in r ? 'error' : r.fields))).toEqual(['error', ['next']]);
  });
});

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark', async () => {
    const { out, encoding } = await records(bytes([0xef, 0xbb, 0xbf], 'borrower.name\r\n张三\r\n'), 2);
    expect(encoding).toBe('utf-8');
    expect(out.map((r) => ('fields' in r ? r.fields : []))).toEqual([['borrower.name'], ['张三']]);
  });

  it('reads GB18030 when the bytes are not UTF-8, split anywhere', async () => {
    const gb = bytes(XING_MING, ',n\r\n', ZHANG_SAN, ',"1,5"\r\n');
    for (const size of [1, 3, 1 << 16]) {
      const { out, encoding } = await records(gb, size);
      expect(encoding).toBe('gb18030');
      expect(out.map((r) => ('fields' in r ? r.fields : []))).toEqual([
        ['姓名', 'n'],
        ['张三', '1,5'],
      ]);
    }
  });

  it('drops a GB18030 byte order mark', async () => {
    const { out, encoding } = await records(bytes([0x84, 0x31, 0x95, 0x33], XING_MING, '\r\n'));
    expect([encoding, out]).toEqual(['gb18030', [{ line: 1, fields: ['姓名'] }]]);
  });

  it('decides on the first 64 KiB: later invalid bytes become U+FFFD in their row only', async () => {
    const head = `${'a'.repeat(SNIFF_BYTES)}\r\n`;
    const { out, encoding } = await records(bytes(head, 'ok\r\n', ZHANG_SAN, '\r\nfine\r\n'), 4096);
    expect(encoding).toBe('utf-8');
    expect(out.slice(1).map((r) => ('fields' in r ? r.fields[0] : ''))).toEqual([
      'ok',
      expect.stringContaining('\uFFFD'),
      'fine',
    ]);
  });

  it('keeps a UTF-8 character cut by the 64 KiB mark', async () => {
    const head = `${'a'.repeat(SNIFF_BYTES - 1)}张\r\n`;
    const { out, encoding } = await records(head, 1000);
    expect(encoding).toBe('utf-8');
    expect(out[0]).toEqual({ line: 1, fields: [`${'a'.repeat(SNIFF_BYTES - 1)}张`] });
  });

  it('gives no record for an empty file', async () => {
    expect((await records('')).out).toEqual([]);
  });
});
