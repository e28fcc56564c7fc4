import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter, type CsvRecord } from '../../src/worker/batch-csv';

const fieldsOf = (records: CsvRecord[]): (string[] | string)[] =>
  records.map((r) => ('fields' in r ? r.fields : `error:${r.error}`));

describe('parseCsv', () => {
  it.each([
    [
      'plain fields',
      'a,b,c\n1,2,3',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a lone CR as line end',
      'a,b\r1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a BOM before the header', '\uFEFFtext\n你好', [['text'], ['你好']]],
    ['a quoted delimiter', '"a,b",c', [['a,b', 'c']]],
    ['doubled quotes', '"他说""还钱""",x', [['他说"还钱"', 'x']]],
    [
      'a line break inside quotes',
      '"第一行\r\n第二行",x\ny,z',
      [
        ['第一行\r\n第二行', 'x'],
        ['y', 'z'],
      ],
    ],
    ['empty fields and a trailing delimiter', ',a,,\n""', [['', 'a', '', ''], ['']]],
    ['blank lines skipped', 'a\n\n\r\nb\n', [['a'], ['b']]],
    ['a quote inside an unquoted field kept as text', '他说"还钱",x', [['他说"还钱"', 'x']]],
  ])('reads %s', (_name, text, expected) => {
    expect(fieldsOf(parseCsv(text))).toEqual(expected);
  });

  it('reads tab-separated fields with a tab delimiter', () => {
    expect(fieldsOf(parseCsv('a\tb,c\n"x\ty"\tz', '\t'))).toEqual([
      ['a', 'b,c'],
      ['x\ty', 'z'],
    ]);
  });

  it('reports the physical line each record starts on, counting line breaks inside quotes', () => {
    const records = parseCsv('h\n"a\nb"\r\n\nc\r\n"d\r\ne\rf"\ng');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5, 6, 9]);
  });

  it('reports text after a closing quote as a malformed record and reads on from the next line', () => {
    const records = parseCsv('"ab"c,d\nok,1');
    expect(fieldsOf(records)).toEqual(['error:text-after-quote', ['ok', '1']]);
    expect(records.map((r) => r.line)).toEqual([1, 2]);
  });

  it('reports a quote left open at the end as a malformed record on its first line', () => {
    const records = parseCsv('a,b\n1,"never closed\n2,3\n');
    expect(fieldsOf(records)).toEqual([['a', 'b'], 'error:unclosed-quote']);
    expect(records[1]?.line).toBe(2);
  });

  it('reads 100,000 records', () => {
    const text = `id,text\n${Array.from({ length: 100_000 }, (_, i) => `${i},"短信,${i}"`).join('\r\n')}`;
    const records = parseCsv(text);
    expect(records).toHaveLength(100_001);
    expect(records.at(-1)).toEqual({ line: 100_001, fields: ['99999', '短信,99999'] });
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['a.tsv', 'a,b,c', '\t'],
    ['a.csv', 'a\tb\tc', ','],
    ['paste', 'a\tb\tc\nx,y', '\t'],
    ['paste', 'a,b\tc', ','],
  ] as const)('picks the delimiter of %s with first line %j', (name, text, expected) => {
    expect(sniffDelimiter(name, text)).toBe(expected);
  });
});
