/** Why a CSV record could not be read. */
export type CsvError = 'unclosed-quote' | 'text-after-quote';

/** One CSV record: its fields, or why it is malformed; `line` is the physical line it starts on (1-based). */
export type CsvRecord = { line: number; fields: string[] } | { line: number; error: CsvError };

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * RFC 4180 records of a whole text: fields separated by `delimiter` (default `,`; `\t` for TSV), records by CRLF,
 * LF or a lone CR; a quoted field may hold delimiters, line breaks and `""` for a quote. A leading BOM is dropped,
 * blank lines are skipped. A quote inside an unquoted field is kept as text (exports often write 他说"还钱"
 * unquoted). Text after a closing quote, or a quote still open at the end, makes that record an `error` record;
 * reading goes on with the next line.
 */
export function parseCsv(input: string, delimiter = ','): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;

  /** Skips to just after the next line break; returns the index. */
  const skipLine = (from: number): number => {
    let j = from;
    while (j < n && text.charCodeAt(j) !== LF && text.charCodeAt(j) !== CR) j++;
    if (text.charCodeAt(j) === CR && text.charCodeAt(j + 1) === LF) return j + 2;
    return j < n ? j + 1 : n;
  };

  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 === CR || c0 === LF) {
      i += c0 === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line += 1;
      continue;
    }
    const start = line;
    const fields: string[] = [];
    let error: CsvError | undefined;
    for (;;) {
      let field = '';
      if (text.charCodeAt(i) === QUOTE) {
        i += 1;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close < 0) {
            line += countBreaks(text, i, n);
            i = n;
            error = 'unclosed-quote';
            break;
          }
          line += countBreaks(text, i, close);
          field += text.slice(i, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            field += '"';
            i = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        const next = text.charCodeAt(i);
        if (error === undefined && i < n && next !== sep && next !== CR && next !== LF) error = 'text-after-quote';
      } else {
        const from = i;
        for (let c = text.charCodeAt(i); i < n && c !== sep && c !== CR && c !== LF; c = text.charCodeAt(++i));
        field = text.slice(from, i);
      }
      if (error !== undefined) {
        if (i < n) {
          i = skipLine(i);
          line += 1;
        }
        records.push({ line: start, error });
        break;
      }
      fields.push(field);
      const c = text.charCodeAt(i);
      if (i < n && c === sep) {
        i += 1;
        continue;
      }
      if (c === CR || c === LF) {
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line += 1;
      }
      records.push({ line: start, fields });
      break;
    }
  }
  return records;
}

/** Line breaks in text[from, to) (CRLF counts once). */
function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === LF) count += 1;
    else if (c === CR && text.charCodeAt(j + 1) !== LF) count += 1;
  }
  return count;
}

/** The delimiter of a table: a tab for `.tsv`/`.tab` files, else a tab when the first line has more tabs than commas. */
export function sniffDelimiter(name: string, text: string): ',' | '\t' {
  if (/\.(tsv|tab)$/i.test(name)) return '\t';
  if (/\.csv$/i.test(name)) return ',';
  const end = text.search(/[\r\n]/);
  const first = end < 0 ? text : text.slice(0, end);
  const tabs = first.split('\t').length;
  const commas = first.split(',').length;
  return tabs > commas ? '\t' : ',';
}
