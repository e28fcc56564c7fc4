import { DECISIONS, type ArchiveLine, type Decision } from './row';

/** What a dry run comes to: rows per decision and per reason (sorted), segments and their cost. */
export interface DryRunSummary {
  rows: number;
  decisions: Record<Decision, number>;
  reasons: Record<string, number>;
  /** segments of the messages that go out (send and scheduled) */
  segments: number;
  price: number;
  /** segments × price, rounded to 1/10,000 */
  cost: number;
}

/** Counts archive lines as they are written. */
export class Tally {
  #rows = 0;
  #segments = 0;
  readonly #decisions = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  readonly #reasons = new Map<string, number>();

  add(line: ArchiveLine): void {
    this.#rows += 1;
    this.#decisions[line.decision] += 1;
    this.#reasons.set(line.reason, (this.#reasons.get(line.reason) ?? 0) + 1);
    if (line.decision === 'send' || line.decision === 'scheduled') this.#segments += line.segments ?? 0;
  }

  summary(price: number): DryRunSummary {
    const reasons = Object.fromEntries([...this.#reasons].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const cost = Math.round(this.#segments * price * 10_000) / 10_000;
    return { rows: this.#rows, decisions: { ...this.#decisions }, reasons, segments: this.#segments, price, cost };
  }
}
