import type { Problem } from '../result';

export interface FreshnessOptions {
  /** the time to judge `notAfter` by; default the current time. An invalid Date counts as expired. */
  now?: Date;
  /**
   * The highest `sequence` the caller has loaded before: a bundle whose sequence is not above it is
   * `bundle/rollback`. Absent: not checked. A value that is not a finite number refuses every bundle.
   */
  lastSequence?: number;
}

/** `bundle/expired` past `notAfter` (inclusive bound), `bundle/rollback` at or below `lastSequence`. */
export function freshnessProblems(bundle: { notAfter: string; sequence: number }, opts: FreshnessOptions): Problem[] {
  const problems: Problem[] = [];
  const now = (opts.now ?? new Date()).getTime();
  if (!Number.isFinite(now) || now > Date.parse(bundle.notAfter)) {
    problems.push({
      code: 'bundle/expired',
      message: Number.isFinite(now)
        ? `the bundle expired at ${bundle.notAfter} (now ${new Date(now).toISOString()}): export a new one`
        : 'cannot tell whether the bundle expired: the given time is invalid',
      path: ['notAfter'],
      params: { notAfter: bundle.notAfter },
    });
  }
  const last = opts.lastSequence;
  if (last !== undefined && !(Number.isFinite(last) && bundle.sequence > last)) {
    problems.push({
      code: 'bundle/rollback',
      message: `the bundle's sequence ${bundle.sequence} is not above the last loaded ${last}: an older bundle`,
      path: ['sequence'],
      params: { sequence: bundle.sequence, last: Number(last) },
    });
  }
  return problems;
}
