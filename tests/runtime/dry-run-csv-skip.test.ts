import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, MAX_RECORD_CHARS, type CsvRecord } from '../../src/runtime/dry-run/index';
import { csvRecords as referenceRecords } from './csv-reference';

async function all(records: AsyncGenerator<CsvRecord>): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

async function* pieces(parts: readonly string[]): AsyncGenerator<string> {
  for (const p of parts) yield p;
}

/** `text` cut at the given points (sorted, deduplicated). */
const cut = (text: string, at: readonly number[]): string[] => {
  const points = [...new Set(at.map((x) => x % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((p, i, ps) => text.slice(p, ps[i + 1] ?? text.length));
};

describe('csvRecords skips the rest of a malformed record by search', () => {
  it('reads exactly as the character-by-character reader on any text, however it is cut', async () => {
    const text = fc
      .array(fc.constantFrom('a', '张', ',', '"', '""', '\r', '\n', '\r\n', 'x"y', '"a,b"'), { maxLength: 60 })
      .map((xs) => xs.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 6 }), async (t, at) => {
        const parts = cut(t, at);
        expect(await all(csvRecords(pieces(parts)))).toEqual(await all(referenceRecords(pieces(parts))));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a line of 2 GiB streamed in 1 MiB pieces without keeping it, and reads the rows after it', async () => {
    const piece = 'a'.repeat(1 << 20);
    async function* stream(): AsyncGenerator<string> {
      yield 'h1,h2\r\nok,1\r\n';
      for (let i = 0; i < 2048; i++) yield piece;
      yield '\r\nafter,2\r\n';
    }
    const before = process.memoryUsage().rss;
    const records = await all(csvRecords(stream()));
    expect(records).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['ok', '1'] },
      { line: 3, error: `a record longer than ${MAX_RECORD_CHARS} characters` },
      { line: 4, fields: ['after', '2'] },
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 2 ** 20);
  });
});
