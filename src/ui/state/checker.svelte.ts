import type { Report, TemplateMeta } from '../../core/model';
import type { CheckClient } from '../../worker/client';

/** A report together with the exact source it was computed for. */
export interface CheckedReport {
  report: Report;
  source: string;
  /** the samples' hash the check was scheduled under, when the caller gave it */
  samplesHash?: string;
}

export interface CheckTarget {
  id: string;
  source: string;
  meta: TemplateMeta;
}

/** Runs checks through the worker (debounced per template) and keeps the newest report of each template. */
export class Checker {
  results = $state.raw<Record<string, CheckedReport>>({});
  pending = $state.raw<Record<string, boolean>>({});
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly client: CheckClient) {}

  /** Checks `target` after `delayMs` (a newer call for the same template restarts the delay). */
  schedule(target: CheckTarget, options: { delayMs?: number; priority?: number; samplesHash?: string } = {}): void {
    const { id, source } = target;
    const meta = { ...target.meta };
    clearTimeout(this.timers.get(id));
    this.pending = { ...this.pending, [id]: true };
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        void this.client.check(`check:${id}`, source, meta, options.priority ?? 0).then((report) => {
          if (!report) return;
          const checked: CheckedReport =
            options.samplesHash === undefined
              ? { report, source }
              : { report, source, samplesHash: options.samplesHash };
          this.results = { ...this.results, [id]: checked };
          if (!this.timers.has(id)) this.pending = { ...this.pending, [id]: false };
        });
      }, options.delayMs ?? 0),
    );
  }
}
