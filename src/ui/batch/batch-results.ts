import { CATEGORIES, type Category, type Problem } from '../../core/model';
import type { BadReason, BatchRow, RowResult } from '../../worker/batch-protocol';

/** Where a row is: waiting, checked (its verdict), or not checkable (`bad`). */
export const ROW_STATUSES = ['pending', 'pass', 'warn', 'block', 'bad'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];
/** Why a row was not checked: its input, or its check failed (`failed`). */
export type BadRowReason = BadReason | 'failed';

/** One row as the table shows it. */
export interface BatchRowView {
  index: number;
  line: number;
  text: string;
  status: RowStatus;
  score: number;
  categories: Category[];
  hits: readonly number[];
  problems: readonly string[];
  reason?: BadRowReason;
}

export interface RowFilter {
  status: RowStatus | 'all';
  category: Category | 'all';
}

const STATUS_CODE: Record<RowStatus, number> = { pending: 0, pass: 1, warn: 2, block: 3, bad: 4 };
const CATEGORY_BIT = new Map(CATEGORIES.map((c, i) => [c, 1 << i]));
const NO_HITS: readonly number[] = [];

/**
 * The rows of one batch and their results, in flat typed arrays (100,000 rows stay small and fast to count and
 * filter). Not reactive itself: the page's state bumps a version after each change.
 */
export class BatchResults {
  readonly lines: number[] = [];
  readonly texts: string[] = [];
  private status = new Uint8Array(0);
  private scores = new Uint8Array(0);
  private cats = new Uint16Array(0);
  private readonly hits = new Map<number, number[]>();
  private readonly problems = new Map<number, string[]>();
  private readonly reasons = new Map<number, BadRowReason>();
  private readonly statusCounts = new Array<number>(ROW_STATUSES.length).fill(0);
  private readonly categoryCounts = new Array<number>(CATEGORIES.length).fill(0);
  private sealed = false;

  /** Adds rows as they are read (before `seal`). */
  addRows(rows: readonly BatchRow[]): void {
    if (this.sealed) throw new Error('rows added after seal');
    for (const row of rows) {
      const index = this.texts.length;
      this.lines.push(row.line);
      this.texts.push(row.text);
      if (row.bad) this.reasons.set(index, row.bad);
    }
  }

  /** Ends reading: every row is pending, or bad for its own reason. */
  seal(): void {
    this.sealed = true;
    const n = this.texts.length;
    this.status = new Uint8Array(n);
    this.scores = new Uint8Array(n);
    this.cats = new Uint16Array(n);
    this.statusCounts[STATUS_CODE.pending] = n - this.reasons.size;
    this.statusCounts[STATUS_CODE.bad] = this.reasons.size;
    for (const index of this.reasons.keys()) this.status[index] = STATUS_CODE.bad;
  }

  get size(): number {
    return this.texts.length;
  }

  /** The rows a check still has to do, in order. */
  pendingRows(): number[] {
    const rows: number[] = [];
    for (let i = 0; i < this.status.length; i++) if (this.status[i] === STATUS_CODE.pending) rows.push(i);
    return rows;
  }

  /** Records results of checked rows (a row already done is left as it is). */
  setResults(rows: readonly number[], results: readonly RowResult[]): void {
    rows.forEach((index, i) => {
      const result = results[i];
      if (!result || this.status[index] !== STATUS_CODE.pending) return;
      this.move(index, result.verdict);
      this.scores[index] = result.score;
      let bits = 0;
      for (const c of result.categories) {
        const bit = CATEGORY_BIT.get(c) ?? 0;
        if (bits & bit) continue;
        bits |= bit;
        this.categoryCounts[CATEGORIES.indexOf(c)]! += 1;
      }
      this.cats[index] = bits;
      if (result.hits.length > 0) this.hits.set(index, result.hits);
      if (result.problems.length > 0) this.problems.set(index, result.problems);
    });
  }

  /** Marks rows whose check failed as bad (`failed`), with the problem codes. */
  setFailed(rows: readonly number[], problems: readonly Problem[]): void {
    for (const index of rows) {
      if (this.status[index] !== STATUS_CODE.pending) continue;
      this.move(index, 'bad');
      this.reasons.set(index, 'failed');
      this.problems.set(index, [...new Set(problems.map((p) => p.code))]);
    }
  }

  /** How many rows have each status. */
  counts(): Record<RowStatus, number> {
    return Object.fromEntries(ROW_STATUSES.map((s) => [s, this.statusCounts[STATUS_CODE[s]] ?? 0])) as Record<
      RowStatus,
      number
    >;
  }

  /** How many checked rows have each category (a row counts once per category). */
  categories(): Record<Category, number> {
    return Object.fromEntries(CATEGORIES.map((c, i) => [c, this.categoryCounts[i] ?? 0])) as Record<Category, number>;
  }

  /** The first `limit` rows that are not checked, with why, in order. */
  badRows(limit = Number.POSITIVE_INFINITY): { index: number; line: number; reason: BadRowReason }[] {
    const rows: { index: number; line: number; reason: BadRowReason }[] = [];
    for (let i = 0; i < this.status.length && rows.length < limit; i++) {
      const reason = this.reasons.get(i);
      if (reason && this.status[i] === STATUS_CODE.bad) rows.push({ index: i, line: this.lines[i] ?? 0, reason });
    }
    return rows;
  }

  /** Indices of the rows that pass the filter, in order. */
  filter(filter: RowFilter): Int32Array {
    const want = filter.status === 'all' ? -1 : STATUS_CODE[filter.status];
    const bit = filter.category === 'all' ? 0 : (CATEGORY_BIT.get(filter.category) ?? 0);
    const out = new Int32Array(this.status.length);
    let n = 0;
    for (let i = 0; i < this.status.length; i++) {
      if (want >= 0 && this.status[i] !== want) continue;
      if (bit !== 0 && ((this.cats[i] ?? 0) & bit) === 0) continue;
      out[n++] = i;
    }
    return out.subarray(0, n);
  }

  /** One row, as the table and the exports show it. */
  row(index: number): BatchRowView {
    const status = ROW_STATUSES[this.status[index] ?? 0] ?? 'pending';
    const bits = this.cats[index] ?? 0;
    const reason = this.reasons.get(index);
    return {
      index,
      line: this.lines[index] ?? 0,
      text: this.texts[index] ?? '',
      status,
      score: this.scores[index] ?? 0,
      categories: CATEGORIES.filter((c) => (bits & (CATEGORY_BIT.get(c) ?? 0)) !== 0),
      hits: this.hits.get(index) ?? NO_HITS,
      problems: this.problems.get(index) ?? [],
      ...(reason ? { reason } : {}),
    };
  }

  private move(index: number, to: RowStatus): void {
    const from = this.status[index] ?? 0;
    this.statusCounts[from]! -= 1;
    this.statusCounts[STATUS_CODE[to]]! += 1;
    this.status[index] = STATUS_CODE[to];
  }
}
