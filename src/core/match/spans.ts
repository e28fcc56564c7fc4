/** A half-open range [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Pushes [start, end) offsets of a part of a text into `out` as spans of the whole text (the part starts at `base`). */
export const spanPusher =
  (out: Span[], base: number) =>
  (start: number, end: number): void =>
    void out.push({ start: base + start, end: base + end });

/** Whether `outer` fully covers `inner`. */
export const covers = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Leftmost-longest selection of non-overlapping spans (identical ranges collapse to one). */
export function pickNonOverlapping<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s.start < reach) continue;
    out.push(s);
    reach = s.end;
  }
  return out;
}

/** Drops hits that an allow span covers (an allow phrase beats a shorter term inside it). */
export function withoutAllowed<T extends Span>(hits: readonly T[], allowed: readonly Span[]): T[] {
  if (allowed.length === 0) return [...hits];
  return hits.filter((h) => !allowed.some((a) => covers(a, h)));
}
