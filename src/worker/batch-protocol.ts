import type { Problem } from '../core/index';
import type { RowResult } from './batch-check';
import type { BatchEncoding } from './batch-decode';
import type { BatchRow } from './batch-rows';
import type { DryRunInput, DryRunProgress, DryRunReport } from './batch-dry-run';

export type { RowResult } from './batch-check';
export type { BatchEncoding } from './batch-decode';
export type { DryRunCliSummary, DryRunInput, DryRunProgress, DryRunReport, StageCount } from './batch-dry-run';
export { BAD_REASONS, MAX_ROW_CHARS, type BadReason, type BatchRow } from './batch-rows';

/** What a batch reads: pasted text (one message per line) or a CSV/TSV file's bytes (with a header row). */
export type BatchInput = { kind: 'text'; text: string } | { kind: 'file'; name: string; bytes: ArrayBuffer };

/** A file read as a table, before its column is picked. */
export interface TableInfo {
  encoding: BatchEncoding;
  delimiter: ',' | '\t';
  header: string[];
  /** the column that most likely holds the messages */
  column: number;
  /** the first few data records */
  preview: string[][];
  /** data records (the header not counted) */
  rows: number;
}

/** How many rows a `rows` answer carries per message (each message stays small to clone). */
export const ROWS_PER_MESSAGE = 5000;

/** Requests to a batch worker. `id` is unique per client. */
export type BatchRequest =
  /** Reads a file as a table: header, guessed column, a preview. */
  | { id: number; type: 'inspect'; input: BatchInput }
  /** Reads the messages (for a file: of `column`), answered by `rows` messages and then one `rows-end`. */
  | { id: number; type: 'rows'; input: BatchInput; column?: number }
  /** Checks with the repo's rules and this organisation pack (`null`: none) from now on. */
  | { id: number; type: 'setup'; pack: unknown }
  /** Checks messages; `rows` are the caller's row indices, answered in the same order. */
  | { id: number; type: 'check'; rows: number[]; texts: string[] }
  /** The send dry-run of the runtime over a CSV, answered by `dry-progress` messages and then `dry-run`. */
  | { id: number; type: 'dry-run'; input: DryRunInput };

/** Answers from a batch worker, plain data only. */
export type BatchResponse =
  | { id: number; type: 'table'; table: TableInfo }
  | { id: number; type: 'rows'; rows: BatchRow[] }
  | { id: number; type: 'rows-end'; total: number; encoding?: BatchEncoding }
  | { id: number; type: 'setup'; problems: Problem[] }
  | { id: number; type: 'checked'; rows: number[]; results: RowResult[] }
  | { id: number; type: 'dry-progress'; progress: DryRunProgress }
  | { id: number; type: 'dry-run'; report: DryRunReport }
  | { id: number; type: 'error'; problems: Problem[] };

/** A request without the id the client assigns. */
export type BatchRequestBody = BatchRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;
