/** One CSV record: its fields, or why it is malformed; `line` is the physical line it starts on (1-based). */
export type CsvRecord = { line: number; fields: string[] } | { line: number; error: string };

/** A record longer than this is refused (`row/csv`) and not kept in memory while it is read. */
export const MAX_RECORD_CHARS = 1 << 20;

type State = 'start' | 'plain' | 'quoted' | 'quote' | 'after';

const QUOTED_STOPS = /["\r\n]/g;
const PLAIN_STOPS = /[",\r\n]/g;

/** The index of the next quote, line break (or, outside quotes, comma) at or after `from`; the length if none. */
function nextSignificant(piece: string, from: number, quoted: boolean): number {
  const stops = quoted ? QUOTED_STOPS : PLAIN_STOPS;
  stops.lastIndex = from;
  return stops.exec(piece)?.index ?? piece.length;
}

/**
 * RFC 4180 records from text that arrives in pieces, yielded as each one ends: fields separated by commas, records
 * by CRLF (LF or a lone CR accepted too); a quoted field may hold commas, line breaks and `""` for a quote. Empty
 * lines are skipped. Malformed records (a quote inside an unquoted field, text after a closing quote, an unclosed
 * quote at the end, a record over MAX_RECORD_CHARS) are yielded with `error`, and reading goes on with the next;
 * the rest of a malformed record is skipped at the speed of a search, never kept (a 2 GB line costs no memory).
 */
export async function* csvRecords(text: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let state: State = 'start';
  let error: string | undefined;
  let chars = 0;
  let line = 1;
  let startLine = 1;
  let pendingCr = false;

  const push = (s: string) => {
    chars += s.length;
    if (chars > MAX_RECORD_CHARS) error ??= `a record longer than ${MAX_RECORD_CHARS} characters`;
    else field += s;
  };
  const bad = (why: string) => void (error ??= why);
  const endRecord = (): CsvRecord | undefined => {
    const empty = fields.length === 0 && state === 'start';
    fields.push(field);
    const record: CsvRecord | undefined =
      error !== undefined ? { line: startLine, error } : empty ? undefined : { line: startLine, fields };
    fields = [];
    field = '';
    state = 'start';
    error = undefined;
    chars = 0;
    return record;
  };

  for await (const piece of text) {
    for (let i = 0; i < piece.length; i++) {
      if (error !== undefined && state !== 'quote' && !pendingCr) {
        // NOTE: a malformed record is dropped whole: jump to the next character that can change the state.
        const next = nextSignificant(piece, i, state === 'quoted');
        if (next > i) {
          if (state === 'start') state = 'plain';
          i = next - 1;
          continue;
        }
      }
      const c = piece[i] as string;
      if (pendingCr) {
        pendingCr = false;
        if (c === '\n') {
          if (state === 'quoted') push(c);
          continue;
        }
      }
      if (state === 'quoted') {
        if (c === '"') state = 'quote';
        else {
          if (c === '\n' || c === '\r') line += 1;
          // NOTE: a CR LF inside quotes is kept as it is and counts one line.
          if (c === '\r') pendingCr = true;
          push(c);
        }
        continue;
      }
      if (c === '\r' || c === '\n') {
        pendingCr = c === '\r';
        const record = endRecord();
        line += 1;
        startLine = line;
        if (record) yield record;
        continue;
      }
      if (c === ',') {
        fields.push(field);
        field = '';
        state = 'start';
        continue;
      }
      if (state === 'quote') {
        if (c === '"') {
          push('"');
          state = 'quoted';
        } else {
          bad(`text after the closing quote of field ${fields.length + 1}`);
          push(c);
          state = 'after';
        }
      } else if (c === '"') {
        if (state === 'start') state = 'quoted';
        else (bad(`a quote inside the unquoted field ${fields.length + 1}`), push(c));
      } else {
        if (state === 'start') state = 'plain';
        push(c);
      }
    }
  }
  if (state === 'quoted') bad('a quoted field is not closed before the end of the file');
  if (state !== 'start' || fields.length > 0 || error !== undefined) {
    const record = endRecord();
    if (record) yield record;
  }
}
