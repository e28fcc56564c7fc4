/** Hard limits for one parse + render. Every hostile template must end on one of them. */
export interface RenderLimits {
  /** Template source length in UTF-16 units (liquidjs `parseLimit`). */
  parseLimit: number;
  /** Wall-clock budget of one render in ms (liquidjs `renderLimit`, checked between templates). */
  renderLimit: number;
  /** Allocation budget: range sizes, string filter results, array filters (liquidjs `memoryLimit`). */
  memoryLimit: number;
  /** Characters any one output buffer (the message, or one `capture`) may hold; ours, not liquidjs'. */
  outputLimit: number;
}

/**
 * Defaults sized for SMS (a message is a few hundred characters; a long one ~1,000):
 * - `parseLimit` 100,000 chars: 100× the longest real template, a 2 MB paste fails at once.
 * - `renderLimit` 600 ms: real templates render in well under 1 ms; the check stops at the first sample that hits
 *   a limit, so a bomb costs at most 0.6 s; lower values tripped cold renders on a loaded 2-core CI machine.
 * - `memoryLimit` 50,000: `(1..100000000)` fails before allocating; nested range loops stop after ~50,000
 *   inner iterations (a 3000×3000 loop after 16 rows); string growth by append stops at ~50,000 chars.
 * - `outputLimit` 20,000 chars: 20× the longest SMS; stops output-heavy loops and `capture` doubling.
 */
export const renderLimitsDefault: Readonly<RenderLimits> = Object.freeze({
  parseLimit: 100_000,
  renderLimit: 600,
  memoryLimit: 50_000,
  outputLimit: 20_000,
});
