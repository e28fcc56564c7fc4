import type { Problem } from '../../core/model';
import type { BatchClient } from '../../worker/batch-client';
import type { DryRunProgress, DryRunReport } from '../../worker/batch-protocol';

export type DryRunPhase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** The offset the dry run's time is given in: send windows and daily caps are counted in UTC+08:00. */
export const CST_OFFSET = '+08:00';

/** Now as a `datetime-local` value in UTC+08:00 (YYYY-MM-DDTHH:MM). */
export function cstNow(now = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 16);
}

/**
 * The send dry-run page's state: the bundle, an optional trusted key and the borrowers CSV (files), the time and
 * the price; a run in a batch worker (the runtime's `dryRun`, as the CLI runs it), its progress and its report.
 */
export class DryRunState {
  bundle = $state.raw<File | undefined>(undefined);
  key = $state.raw<File | undefined>(undefined);
  csv = $state.raw<File | undefined>(undefined);
  /** `datetime-local` value, read in UTC+08:00 */
  at = $state(cstNow());
  price = $state(0.05);
  phase = $state<DryRunPhase>('idle');
  progress = $state.raw<DryRunProgress>({ rows: 0, bytes: 0, total: 0 });
  report = $state.raw<DryRunReport | undefined>(undefined);
  problems = $state.raw<Problem[]>([]);
  private client: BatchClient | undefined;
  private run = 0;

  constructor(private readonly makeClient: () => BatchClient) {}

  get ready(): boolean {
    return this.bundle !== undefined && this.csv !== undefined && this.at !== '' && Number.isFinite(this.price);
  }

  /** Runs the dry run over the CSV; a newer start or `cancel` stops it. */
  async start(): Promise<void> {
    if (!this.bundle || !this.csv) return;
    this.client?.cancel();
    const run = ++this.run;
    this.phase = 'running';
    this.report = undefined;
    this.problems = [];
    this.progress = { rows: 0, bytes: 0, total: this.csv.size };
    const [bundle, csv, trust] = await Promise.all([this.bundle.text(), this.csv.arrayBuffer(), this.key?.text()]);
    if (run !== this.run) return;
    const at = `${this.at}${CST_OFFSET}`;
    const input = { bundle, csv, at, price: this.price, ...(trust === undefined ? {} : { trust }) };
    this.client ??= this.makeClient();
    const result = await this.client.dryRun(input, (progress) => {
      if (run === this.run) this.progress = progress;
    });
    if (run !== this.run) return;
    if (result === undefined) this.phase = 'cancelled';
    else if (!result.ok) {
      this.phase = 'failed';
      this.problems = result.problems;
    } else {
      this.phase = 'done';
      this.report = result.value;
      this.client.cancel();
    }
  }

  cancel(): void {
    this.client?.cancel();
  }

  dispose(): void {
    this.run += 1;
    this.client?.dispose();
  }
}
