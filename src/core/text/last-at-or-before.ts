/** Index of the last entry of ascending `sorted` that is ≤ `at` (0 when none is): which line or clause holds `at`. */
export function lastAtOrBefore(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
