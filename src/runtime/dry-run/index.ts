import { gateRuleset } from './gate-rules';
import { defaultRuleset, fail, ok, type Result, type Ruleset, type VerifiedBundle } from '../../core/index';
import { csvRecords, type CsvRecord } from './csv';
import { DailyCap } from './daily-cap';
import { decodeText, type CsvEncoding } from './decode';
import { capRow, planRow, type ArchiveLine, type RowContext } from './row';
import { readHeader } from './row-data';
import { parseInstant } from './send-window';
import { Tally, type DryRunSummary } from './summary';

export { csvRecords, MAX_RECORD_CHARS, type CsvRecord } from './csv';
export { decodeText, SNIFF_BYTES, type CsvEncoding } from './decode';
export { DailyCap, maskPhone, phoneKey } from './daily-cap';
export { sendGate, type GateFinding, type GateResult } from './gate';
export {
  capRow,
  idHash,
  planRow,
  DECISIONS,
  type ArchiveLine,
  type Decision,
  type RowContext,
  type RowPlan,
} from './row';
export { readHeader, rowData, validRow, type Column, type Header } from './row-data';
export { cstDay, formatCst, parseInstant, sendWindow, type WindowDecision } from './send-window';
export { chooseTemplate, stageDay, type StageChoice } from './stage';
export { Tally, type DryRunSummary } from './summary';

/** One archive line as written: its JSON and a newline. */
export const archiveText = (line: ArchiveLine): string => `${JSON.stringify(line)}\n`;

export interface DryRunOptions {
  /** the time to decide at: an ISO date-time with its offset, e.g. `2026-12-02T10:00+08:00` */
  at: string;
  /** rules of the send-time gate; default `defaultRuleset()` */
  ruleset?: Ruleset;
}

/**
 * The context of a run from its header record: the columns, `at` and the gate's rules. Problems: `dry-run/at` (no
 * valid time with offset), `csv/header` (malformed header, a column given twice, a required column missing).
 */
export function rowContext(
  bundle: VerifiedBundle,
  header: CsvRecord | undefined,
  opts: DryRunOptions,
): Result<RowContext & { ignored: string[] }> {
  const at = parseInstant(opts.at);
  if (at === undefined) {
    const params = { value: opts.at };
    return fail([{ code: 'dry-run/at', message: `"${opts.at}" is not an ISO date-time with an offset`, params }]);
  }
  if (header !== undefined && 'error' in header) {
    const message = `the header (line ${header.line}) is malformed: ${header.error}`;
    return fail([{ code: 'csv/header', message, line: header.line, params: { reason: 'csv-malformed-header' } }]);
  }
  const names = header?.fields ?? [];
  const read = header === undefined ? { columns: [], ignored: [], problems: [] } : readHeader(names);
  if (read.problems.length > 0) return fail(read.problems);
  const ruleset = opts.ruleset ?? gateRuleset(bundle);
  return ok({ bundle, columns: read.columns, width: names.length, at, ruleset, ignored: read.ignored });
}

/** A dry run over a CSV file's bytes, in-process: its archive lines in row order, then `summary`. */
export interface DryRun {
  encoding: () => CsvEncoding | undefined;
  ignoredColumns: readonly string[];
  lines: AsyncGenerator<ArchiveLine>;
  summary: (price: number) => DryRunSummary;
}

/**
 * The send dry-run: what the sending system would do with each row of `csv` (bytes, read as they come: memory
 * stays flat in the rows, but for one counter per phone and day) at `opts.at` with a bundle from `verifyBundle`:
 * `send`, `scheduled` (outside the send window: at its next start), `held` (no template for the stage, render
 * failed, send-time gate found an error, daily cap per phone reached) or `rejected` (the row is malformed or
 * invalid, with its row number and JSON path). Deterministic: the same inputs give the same lines.
 * An empty file gives no lines; a header with problems is refused (nothing runs).
 */
export async function dryRun(
  bundle: VerifiedBundle,
  csv: AsyncIterable<Uint8Array>,
  opts: DryRunOptions,
): Promise<Result<DryRun>> {
  let encoding: CsvEncoding | undefined;
  const records = csvRecords(decodeText(csv, (e) => void (encoding = e)));
  const first = await records.next();
  const context = rowContext(bundle, first.done ? undefined : first.value, opts);
  if (!context.ok) return fail(context.problems);
  const ctx = context.value;
  const tally = new Tally();
  const caps = new DailyCap();
  async function* lines(): AsyncGenerator<ArchiveLine> {
    if (first.done) return;
    let row = 0;
    for await (const record of records) {
      const line = capRow(await planRow(ctx, record, ++row), caps);
      tally.add(line);
      yield line;
    }
  }
  return ok({
    encoding: () => encoding,
    ignoredColumns: ctx.ignored,
    lines: lines(),
    summary: (price) => tally.summary(price),
  });
}
