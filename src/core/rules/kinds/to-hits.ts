import type { Matchable } from '../../match/matchable';
import type { Span } from '../../match/spans';
import type { RawHit } from './define-kind';

/** Maps ranges of the normalised text back to original offsets, with the original text as {match}. */
export function toHits<T extends Span>(
  text: Matchable,
  spans: readonly T[],
  extra?: (s: T) => Partial<RawHit>,
): RawHit[] {
  return spans.map((s) => {
    const o = text.toOriginal(s.start, s.end);
    return { start: o.start, end: o.end, match: text.text.slice(o.start, o.end), ...extra?.(s) };
  });
}
