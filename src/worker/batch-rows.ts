import { parseCsv, sniffDelimiter, type CsvRecord } from './batch-csv';
import { decodeBytes, REPLACEMENT, type BatchEncoding } from './batch-decode';

/** A message longer than this is not checked (listed as `too-long`). */
export const MAX_ROW_CHARS = 2000;

/** Why a row is not checked: blank, too long, undecodable bytes, a malformed CSV record, no such column. */
export const BAD_REASONS = ['empty', 'too-long', 'undecodable', 'malformed', 'no-column'] as const;
export type BadReason = (typeof BAD_REASONS)[number];

/** One message of a batch: the line of the input it starts on (1-based) and its text, or why it is not checked. */
export interface BatchRow {
  line: number;
  text: string;
  bad?: BadReason;
}

/** A file read as a table: its encoding and delimiter, the header row and the data records. */
export interface Table {
  encoding: BatchEncoding;
  delimiter: ',' | '\t';
  header: string[];
  records: CsvRecord[];
}

const COLUMN_NAMES = /短信|内容|文本|正文|消息|话术|模板|text|message|content|sms|body/i;
const GUESS_SAMPLE = 50;

/** Why a message cannot be checked, if it cannot. */
export function rowProblem(text: string): BadReason | undefined {
  if (text.trim() === '') return 'empty';
  if (text.length > MAX_ROW_CHARS) return 'too-long';
  if (text.includes(REPLACEMENT)) return 'undecodable';
  return undefined;
}

const row = (line: number, text: string): BatchRow => {
  const bad = rowProblem(text);
  return bad ? { line, text, bad } : { line, text };
};

/** Pasted text: one message per line (CRLF, LF or CR); a final line break does not add an empty message. */
export function pasteRows(text: string): BatchRow[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.map((l, i) => row(i + 1, l));
}

/** Reads a CSV or TSV file (UTF-8 or GB18030): the first record is the header. */
export function readTable(name: string, bytes: Uint8Array): Table {
  const { text, encoding } = decodeBytes(bytes);
  const delimiter = sniffDelimiter(name, text);
  const records = parseCsv(text, delimiter);
  const first = records[0];
  const header = first && 'fields' in first ? first.fields : [];
  return { encoding, delimiter, header, records: first && 'fields' in first ? records.slice(1) : records };
}

/** The column that most likely holds the messages: a name like 短信/内容/text, else the longest on average. */
export function guessColumn(table: Table): number {
  const named = table.header.findIndex((h) => COLUMN_NAMES.test(h));
  if (named >= 0) return named;
  const totals = table.header.map(() => 0);
  for (const record of table.records.slice(0, GUESS_SAMPLE)) {
    if (!('fields' in record)) continue;
    record.fields.forEach((f, i) => {
      if (i < totals.length) totals[i] = (totals[i] ?? 0) + f.length;
    });
  }
  let best = 0;
  totals.forEach((t, i) => {
    if (t > (totals[best] ?? 0)) best = i;
  });
  return best;
}

/** The messages of one column, a row per data record (a malformed record or one without that column is bad). */
export function columnRows(table: Table, column: number): BatchRow[] {
  return table.records.map((record) => {
    if (!('fields' in record)) return { line: record.line, text: '', bad: 'malformed' };
    const text = record.fields[column];
    return text === undefined ? { line: record.line, text: '', bad: 'no-column' } : row(record.line, text);
  });
}
