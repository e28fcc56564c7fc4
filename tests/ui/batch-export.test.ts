import { describe, expect, it } from 'vitest';
import { BatchResults } from '../../src/ui/batch/batch-results';
import { csvField, EXPORT_SLICE, exportBlob } from '../../src/ui/batch/batch-export';
import { parseCsv } from '../../src/worker/batch-csv';

function results(): BatchResults {
  const r = new BatchResults();
  r.addRows([
    { line: 1, text: '老赖,"还钱"\n快' },
    { line: 2, text: '', bad: 'empty' },
    { line: 3, text: '=HYPERLINK("x")' },
    { line: 4, text: '您好' },
  ]);
  r.seal();
  r.setResults(
    [0, 2],
    [
      { verdict: 'block', score: 0, categories: ['insult', 'threat'], hits: [0, 2], problems: [] },
      { verdict: 'warn', score: 90, categories: [], hits: [], problems: ['template/parse'] },
    ],
  );
  return r;
}

const noPause = async () => {};

describe('csvField', () => {
  it('quotes fields with commas, quotes or line breaks and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-5')).toBe("'-5");
  });
});

describe('exportBlob', () => {
  it('writes a CSV with a BOM, a header and one record per row that reads back with the same values', async () => {
    const bytes = new Uint8Array(await (await exportBlob('csv', results(), noPause)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('line,verdict,')).toBe(true);
    const records = parseCsv(text).map((r) => ('fields' in r ? r.fields : []));
    expect(records).toEqual([
      ['line', 'verdict', 'score', 'categories', 'problems', 'text'],
      ['1', 'block', '0', 'threat insult', '', '老赖,"还钱"\n快'],
      ['2', 'invalid', '', '', 'empty', ''],
      ['3', 'warn', '90', '', 'template/parse', `'=HYPERLINK("x")`],
      ['4', 'pending', '', '', '', '您好'],
    ]);
  });

  it('writes JSON with a summary of the counts and every row', async () => {
    const json = JSON.parse(await (await exportBlob('json', results(), noPause)).text()) as {
      summary: Record<string, unknown>;
      rows: Record<string, unknown>[];
    };
    expect(json.summary).toMatchObject({ rows: 4, block: 1, warn: 1, bad: 1, pending: 1 });
    expect(json.summary.categories).toMatchObject({ insult: 1, threat: 1 });
    expect(json.rows.map((r) => r.verdict)).toEqual(['block', 'invalid', 'warn', 'pending']);
    expect(json.rows[1]).toEqual({
      line: 2,
      verdict: 'invalid',
      categories: [],
      reason: 'empty',
      problems: [],
      text: '',
    });
    expect(json.rows[0]?.text).toBe('老赖,"还钱"\n快');
  });

  it('pauses between slices of rows, so a large export leaves the page free', async () => {
    const many = new BatchResults();
    many.addRows(Array.from({ length: EXPORT_SLICE * 2 + 1 }, (_, i) => ({ line: i + 1, text: `短信${i}` })));
    many.seal();
    let pauses = 0;
    const blob = await exportBlob('json', many, async () => void (pauses += 1));
    expect(pauses).toBe(3);
    expect(blob.type).toBe('application/json');
    expect((JSON.parse(await blob.text()) as { rows: unknown[] }).rows).toHaveLength(EXPORT_SLICE * 2 + 1);
  });
});
