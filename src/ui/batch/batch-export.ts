import type { BatchResults, BatchRowView } from './batch-results';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS = ['line', 'verdict', 'score', 'categories', 'problems', 'text'] as const;
/** Rows turned into text per slice: the caller yields to the page between slices. */
export const EXPORT_SLICE = 1000;

/** A verdict, or `invalid` for a row that was not checked, or `pending` when the batch stopped before it. */
const verdictOf = (row: BatchRowView): string => (row.status === 'bad' ? 'invalid' : row.status);

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text that a spreadsheet would read
 * as a formula (starting with = + - @, a tab or CR) gets a leading apostrophe, so opening the export runs nothing.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(row: BatchRowView): string {
  const problems = row.reason ? [row.reason, ...row.problems] : row.problems;
  const fields = [
    String(row.line),
    verdictOf(row),
    row.status === 'bad' || row.status === 'pending' ? '' : String(row.score),
    row.categories.join(' '),
    problems.join(' '),
    row.text,
  ];
  return `${fields.map(csvField).join(',')}\r\n`;
}

function jsonRow(row: BatchRowView): string {
  return JSON.stringify({
    line: row.line,
    verdict: verdictOf(row),
    ...(row.status === 'bad' || row.status === 'pending' ? {} : { score: row.score }),
    categories: row.categories,
    ...(row.reason ? { reason: row.reason } : {}),
    problems: row.problems,
    text: row.text,
  });
}

/** The text before the rows: a UTF-8 BOM and the header (CSV, so spreadsheets read Chinese right), or the summary. */
export function exportHead(format: ExportFormat, results: BatchResults): string {
  if (format === 'csv') return `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
  const summary = { rows: results.size, ...results.counts(), categories: results.categories() };
  return `{"summary":${JSON.stringify(summary)},"rows":[\n`;
}

/** Rows [from, to) as export text. */
export function exportSlice(format: ExportFormat, results: BatchResults, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < Math.min(to, results.size); i++) {
    const row = results.row(i);
    parts.push(format === 'csv' ? csvLine(row) : `${i > 0 ? ',\n' : ''}${jsonRow(row)}`);
  }
  return parts.join('');
}

export const exportTail = (format: ExportFormat): string => (format === 'csv' ? '' : '\n]}\n');

/**
 * The whole export as a Blob, a slice at a time; `pause` runs between slices (the page stays free). Each slice
 * becomes its own Blob at once, so the text is encoded slice by slice and the last step only joins them.
 */
export async function exportBlob(
  format: ExportFormat,
  results: BatchResults,
  pause: () => Promise<void>,
): Promise<Blob> {
  const parts = [new Blob([exportHead(format, results)])];
  for (let from = 0; from < results.size; from += EXPORT_SLICE) {
    parts.push(new Blob([exportSlice(format, results, from, from + EXPORT_SLICE)]));
    await pause();
  }
  parts.push(new Blob([exportTail(format)]));
  return new Blob(parts, { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
}
