/** At most this many findings are printed per file; the rest are counted (`… and N more`, `truncated: N`). */
export const MAX_PER_FILE = 500;

/** The first `max` items and how many more there were. */
export function capped<T>(items: readonly T[], max: number = MAX_PER_FILE): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
