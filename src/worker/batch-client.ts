import type { Problem, Result } from '../core/index';
import type {
  BatchEncoding,
  BatchInput,
  BatchRequest,
  BatchRequestBody,
  BatchResponse,
  BatchRow,
  DryRunInput,
  DryRunProgress,
  DryRunReport,
  RowResult,
  TableInfo,
} from './batch-protocol';

/** The part of `Worker` the batch client uses (a fake in tests). */
export interface BatchWorkerLike {
  postMessage(message: BatchRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<BatchResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface BatchClientOptions {
  createWorker: () => BatchWorkerLike;
  /** how many workers check at once; default 2 */
  size?: number;
  /** messages per check request; default 200 */
  chunkSize?: number;
}

/** What a run is: the row indices to check, their texts, and the rule pack in use (`null`: none). */
export interface BatchJob {
  rows: readonly number[];
  text: (row: number) => string;
  pack: unknown;
}

/** Where a run's answers go, chunk by chunk, in the order they arrive. */
export interface BatchHandlers {
  results(rows: number[], results: RowResult[]): void;
  /** a chunk that could not be checked (its worker crashed or answered with problems); the run goes on */
  failed(rows: number[], problems: Problem[]): void;
}

export const DEFAULT_CHUNK = 200;
const DEFAULT_SIZE = 2;

/** Consecutive slices of `items` of at most `size` each. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

/**
 * How many batch workers a machine gets: one per logical core but one, at least 1 and at most 4. The core left over
 * keeps the page and the editor's check worker responsive (with a worker on every core of a 2-core machine, page
 * tasks of 1–16 ms CPU took 40–140 ms of wall time).
 */
export const poolSize = (cores: number | undefined): number => Math.max(1, Math.min(4, (cores || DEFAULT_SIZE) - 1));

type Listener = (response: BatchResponse | undefined) => boolean;
interface Slot {
  worker: BatchWorkerLike;
  listeners: Map<number, Listener>;
}

const crashed = (event: ErrorEvent | undefined): Problem => ({
  code: 'internal',
  message: `batch worker failed: ${event?.message ?? 'unknown error'}`,
});

/**
 * Talks to a pool of batch workers (a separate worker entry, so the editor's check worker stays free): reads pasted
 * text or a CSV/TSV file into rows (in the first worker), then checks rows in chunks on every worker, each worker
 * taking the next chunk when it answers. `cancel` terminates the workers at once; the next call starts new ones. A
 * worker that crashes fails its chunk only, and is replaced.
 */
export class BatchClient {
  private readonly slots: (Slot | undefined)[] = [];
  private nextId = 1;
  private generation = 0;
  readonly size: number;
  readonly chunkSize: number;

  constructor(private readonly options: BatchClientOptions) {
    this.size = Math.max(1, options.size ?? DEFAULT_SIZE);
    this.chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  }

  /** Reads a file as a table: header, the column that likely holds the messages, a preview. */
  async inspect(input: BatchInput): Promise<Result<TableInfo>> {
    let table: TableInfo | undefined;
    const answer = await this.send(0, { type: 'inspect', input }, (r) => {
      if (r.type === 'table') table = r.table;
      return true;
    });
    return table ? { ok: true, value: table } : { ok: false, problems: problemsOf(answer) };
  }

  /**
   * Reads the messages (a file's `column`), handing them over in pieces as they arrive. Resolves to how many there
   * are, or the problems; `undefined` when cancelled.
   */
  async rows(
    input: BatchInput,
    column: number | undefined,
    onRows: (rows: BatchRow[]) => void,
  ): Promise<Result<{ total: number; encoding?: BatchEncoding }> | undefined> {
    let end: { total: number; encoding?: BatchEncoding } | undefined;
    const body: BatchRequestBody = column === undefined ? { type: 'rows', input } : { type: 'rows', input, column };
    const answer = await this.send(0, body, (r) => {
      if (r.type === 'rows') {
        onRows(r.rows);
        return false;
      }
      if (r.type === 'rows-end') end = r.encoding ? { total: r.total, encoding: r.encoding } : { total: r.total };
      return true;
    });
    if (answer === undefined) return undefined;
    return end ? { ok: true, value: end } : { ok: false, problems: problemsOf(answer) };
  }

  /** Checks the job's rows in chunks on every worker; resolves to `cancelled` when `cancel` stopped it. */
  async run(job: BatchJob, handlers: BatchHandlers): Promise<'done' | 'cancelled'> {
    const generation = this.generation;
    const parts = chunked(job.rows, this.chunkSize);
    let next = 0;
    const live = (): boolean => generation === this.generation;
    const lane = async (slot: number): Promise<void> => {
      if (parts.length <= slot) return;
      let setUp: Slot | undefined;
      while (live() && next < parts.length) {
        // NOTE: a worker that replaced a crashed one starts without the pack: set it up again.
        if (setUp === undefined || this.slots[slot] !== setUp) {
          const answer = await this.send(slot, { type: 'setup', pack: job.pack }, () => true);
          if (!live()) return;
          setUp = this.slots[slot];
          // a worker that crashed while setting up fails one chunk, so a worker that always crashes cannot loop
          if (setUp === undefined) handlers.failed(parts[next++] ?? [], problemsOf(answer));
          continue;
        }
        const rows = parts[next++] ?? [];
        let results: RowResult[] | undefined;
        const answer = await this.send(slot, { type: 'check', rows, texts: rows.map(job.text) }, (r) => {
          if (r.type === 'checked') results = r.results;
          return true;
        });
        if (!live()) return;
        if (results) handlers.results(rows, results);
        else handlers.failed(rows, problemsOf(answer));
      }
    };
    await Promise.all(Array.from({ length: this.size }, (_, slot) => lane(slot)));
    return live() ? 'done' : 'cancelled';
  }

  /**
   * The runtime's send dry-run over a CSV (in the first worker), with progress as rows are decided. Resolves to the
   * report or the problems (a bundle refused, a bad header…); `undefined` when cancelled.
   */
  async dryRun(
    input: DryRunInput,
    onProgress: (progress: DryRunProgress) => void,
  ): Promise<Result<DryRunReport> | undefined> {
    let report: DryRunReport | undefined;
    const answer = await this.send(0, { type: 'dry-run', input }, (r) => {
      if (r.type === 'dry-progress') {
        onProgress(r.progress);
        return false;
      }
      if (r.type === 'dry-run') report = r.report;
      return true;
    });
    if (answer === undefined) return undefined;
    return report ? { ok: true, value: report } : { ok: false, problems: problemsOf(answer) };
  }

  /** Stops whatever runs: the workers are terminated, open calls resolve as cancelled. */
  cancel(): void {
    this.generation += 1;
    for (const [i, slot] of this.slots.entries()) {
      if (!slot) continue;
      this.slots[i] = undefined;
      slot.worker.terminate();
      for (const listener of slot.listeners.values()) listener(undefined);
    }
  }

  dispose(): void {
    this.cancel();
  }

  /** Posts a request; each answer with its id goes to `listen` until it returns true. Resolves to the last answer. */
  private send(
    index: number,
    body: BatchRequestBody,
    listen: (response: BatchResponse) => boolean,
  ): Promise<BatchResponse | undefined> {
    const slot = this.slot(index);
    const id = this.nextId++;
    const request = { ...body, id } as BatchRequest;
    return new Promise((resolve) => {
      slot.listeners.set(id, (response) => {
        if (response !== undefined && response.type !== 'error' && !listen(response)) return false;
        slot.listeners.delete(id);
        resolve(response);
        return true;
      });
      const transfer =
        request.type === 'dry-run'
          ? [request.input.csv]
          : 'input' in request && request.input.kind === 'file'
            ? [request.input.bytes]
            : [];
      slot.worker.postMessage(request, transfer);
    });
  }

  private slot(index: number): Slot {
    const known = this.slots[index];
    if (known) return known;
    const slot: Slot = { worker: this.options.createWorker(), listeners: new Map() };
    slot.worker.onmessage = (event) => void slot.listeners.get(event.data.id)?.(event.data);
    slot.worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.slots[index] === slot) this.slots[index] = undefined;
      slot.worker.terminate();
      const problem = crashed(event);
      for (const listener of [...slot.listeners.values()]) listener({ id: -1, type: 'error', problems: [problem] });
    };
    this.slots[index] = slot;
    return slot;
  }
}

function problemsOf(answer: BatchResponse | undefined): Problem[] {
  if (answer?.type === 'error') return answer.problems;
  return [{ code: 'internal', message: answer ? `unexpected answer ${answer.type}` : 'cancelled' }];
}
