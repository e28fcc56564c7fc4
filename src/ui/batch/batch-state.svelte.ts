import type { Category, Problem } from '../../core/model';
import type { BatchClient } from '../../worker/batch-client';
import type { BatchEncoding, BatchInput, TableInfo } from '../../worker/batch-protocol';
import { exportBlob, type ExportFormat } from './batch-export';
import { BatchResults, type RowFilter, type RowStatus } from './batch-results';

/** Where a batch is: nothing yet, reading a file's header, reading rows, checking, or how it ended. */
export type Phase = 'idle' | 'inspecting' | 'reading' | 'checking' | 'done' | 'cancelled' | 'failed';

/** How far a batch is: rows done (checked or bad) of all rows, checks per second and seconds left. */
export interface Progress {
  done: number;
  total: number;
  /** rows read so far (while reading) */
  read: number;
  /** checks per second since checking began; 0 before the first result */
  rate: number;
  /** estimated seconds left; undefined until there is a rate */
  left: number | undefined;
}

export interface BatchDeps {
  /** the batch client (started once, on first use) */
  client: () => BatchClient;
  /** the organisation's rule pack in use (`null`: none), as plain data */
  pack: () => unknown;
  /** ms clock; default performance.now */
  now?: () => number;
  /** how often the page is told about new results, in ms; default 100 */
  refreshMs?: number;
}

const EMPTY: Progress = { done: 0, total: 0, read: 0, rate: 0, left: undefined };
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The batch page's state: the input (pasted text or a CSV/TSV file and its column), the run (read the rows in a
 * worker, check them in the batch workers, cancel) and its results (a non-reactive store; `version` changes when
 * they do, at most every `refreshMs`, so 100,000 results never re-render the page 100,000 times).
 */
export class BatchState {
  source = $state<'text' | 'file'>('text');
  text = $state('');
  /** the pasted text is too long to show in the text box and is held here only */
  textHidden = $state(false);
  file = $state.raw<File | undefined>(undefined);
  table = $state.raw<TableInfo | undefined>(undefined);
  column = $state(0);
  encoding = $state<BatchEncoding | undefined>(undefined);
  phase = $state<Phase>('idle');
  problems = $state.raw<Problem[]>([]);
  results = $state.raw(new BatchResults());
  /** bumped whenever `results` changed */
  version = $state(0);
  progress = $state.raw<Progress>(EMPTY);
  filter = $state<RowFilter>({ status: 'all', category: 'all' });
  exporting = $state<ExportFormat | undefined>(undefined);
  private client: BatchClient | undefined;
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = 0;
  private pendingAtStart = 0;

  constructor(private readonly deps: BatchDeps) {}

  get busy(): boolean {
    return this.phase === 'inspecting' || this.phase === 'reading' || this.phase === 'checking';
  }

  /** Whether there is something to check. */
  get ready(): boolean {
    return this.source === 'text' ? this.text.trim() !== '' : this.table !== undefined;
  }

  /** Reads a CSV/TSV file's header and guesses its message column. */
  async openFile(file: File): Promise<void> {
    const run = this.begin();
    this.source = 'file';
    this.file = file;
    this.table = undefined;
    this.phase = 'inspecting';
    const bytes = await file.arrayBuffer();
    const table = await this.getClient().inspect({ kind: 'file', name: file.name, bytes });
    if (run !== this.run) return;
    this.phase = 'idle';
    if (!table.ok) return void (this.problems = table.problems);
    this.table = table.value;
    this.column = table.value.column;
  }

  /** Reads every row and checks it; a newer start or `cancel` stops it. */
  async start(): Promise<void> {
    const run = this.begin();
    const input = await this.input();
    if (!input || run !== this.run) return;
    const client = this.getClient();
    const results = new BatchResults();
    this.results = results;
    this.progress = EMPTY;
    this.version += 1;
    this.phase = 'reading';
    const read = await client.rows(input, this.source === 'file' ? this.column : undefined, (rows) => {
      results.addRows(rows);
      this.progress = { ...EMPTY, read: results.size };
    });
    if (run !== this.run) return;
    if (!read?.ok) {
      this.phase = read ? 'failed' : 'cancelled';
      if (read) this.problems = read.problems;
      return;
    }
    this.encoding = read.value.encoding;
    results.seal();
    const rows = results.pendingRows();
    this.pendingAtStart = rows.length;
    this.started = this.now();
    this.phase = 'checking';
    this.flush();
    const end = await client.run(
      { rows, text: (i) => results.texts[i] ?? '', pack: this.deps.pack() },
      {
        results: (part, found) => (results.setResults(part, found), this.tick()),
        failed: (part, problems) => (results.setFailed(part, problems), this.tick()),
      },
    );
    if (run !== this.run) return;
    this.flush();
    this.phase = end;
    // NOTE: the workers hold a compiled rule set each; a finished batch gives their memory back.
    if (end === 'done') client.cancel();
  }

  /** Stops reading or checking at once; what was checked stays. */
  cancel(): void {
    this.client?.cancel();
  }

  /** Shows only rows with this status and category. */
  setFilter(patch: Partial<{ status: RowStatus | 'all'; category: Category | 'all' }>): void {
    this.filter = { ...this.filter, ...patch };
  }

  /** The results as a file, built a slice at a time. */
  async exportBlob(format: ExportFormat): Promise<Blob> {
    this.exporting = format;
    try {
      return await exportBlob(format, this.results, pause);
    } finally {
      this.exporting = undefined;
    }
  }

  dispose(): void {
    this.run += 1;
    this.client?.dispose();
    clearTimeout(this.timer);
  }

  private begin(): number {
    if (this.busy) this.client?.cancel();
    this.problems = [];
    return ++this.run;
  }

  private getClient(): BatchClient {
    return (this.client ??= this.deps.client());
  }

  private async input(): Promise<BatchInput | undefined> {
    if (this.source === 'text') return { kind: 'text', text: this.text };
    if (!this.file) return undefined;
    return { kind: 'file', name: this.file.name, bytes: await this.file.arrayBuffer() };
  }

  private now(): number {
    return (this.deps.now ?? (() => performance.now()))();
  }

  private tick(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, this.deps.refreshMs ?? 100);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const counts = this.results.counts();
    const total = this.results.size;
    const checked = this.pendingAtStart - counts.pending;
    const seconds = (this.now() - this.started) / 1000;
    const rate = checked > 0 && seconds > 0 ? checked / seconds : 0;
    const left = rate > 0 ? counts.pending / rate : undefined;
    this.progress = { done: total - counts.pending, total, read: total, rate, left };
    this.version += 1;
  }
}
