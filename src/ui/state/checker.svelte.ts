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

/**
 * Runs checks through the worker and keeps the newest report of each template. Nothing waits for typing to pause:
 * every change is sent at once, and the client keeps at most one check running and, per template, only the newest
 * one queued (older ones resolve to nothing).
 */
export class Checker {
  results = $state.raw<Record<string, CheckedReport>>({});
  pending = $state.raw<Record<string, boolean>>({});
  /** true while the writer composes text with an input method: half-composed text is not worth checking */
  composing = $state(false);

  /** per template, what its newest unanswered check was asked with */
  private readonly asked = new Map<string, string>();

  constructor(private readonly client: CheckClient) {}

  /**
   * Checks `target` now; a newer call for the same template supersedes it, and a call asking exactly what is still
   * being answered adds nothing.
   */
  schedule(target: CheckTarget, options: { priority?: number; samplesHash?: string } = {}): void {
    const { id, source } = target;
    const meta = { ...target.meta };
    const question = JSON.stringify([source, meta, options.samplesHash ?? null, options.priority ?? 0]);
    if (this.asked.get(id) === question) return;
    this.asked.set(id, question);
    if (!this.pending[id]) this.pending = { ...this.pending, [id]: true };
    void this.client.check(`check:${id}`, source, meta, options.priority ?? 0).then((report) => {
      if (this.asked.get(id) === question) this.asked.delete(id);
      if (!report) return;
      const checked: CheckedReport =
        options.samplesHash === undefined ? { report, source } : { report, source, samplesHash: options.samplesHash };
      this.results = { ...this.results, [id]: checked };
      this.pending = { ...this.pending, [id]: false };
    });
  }
}
