import type { SpanSlice } from '../render/span-pool';

/** Where an output range came from in the source. */
export interface SourceLocation {
  sourceStart?: number;
  sourceEnd?: number;
  /** the first data path printed inside the range */
  variable?: string;
}

/**
 * Maps an output range to the source through the render trace: inside a literal span the source range is
 * exact; a value span contributes its whole `{{ … }}` tag and names its variable.
 */
export function locate({ pool, from, to }: SpanSlice, start: number, end: number): SourceLocation {
  let first = -1;
  let last = -1;
  let variable: string | undefined;
  for (let i = from; i < to; i++) {
    const s = pool.start(i);
    const e = pool.end(i);
    if (start === end ? !(s <= start && start < e) : !(s < end && e > start)) continue;
    if (first < 0) first = i;
    last = i;
    if (variable === undefined && pool.kind(i) === 'value') variable = pool.variable(i);
  }
  if (first < 0) return {};
  const sourceStart =
    pool.kind(first) === 'literal'
      ? pool.sourceStart(first) + Math.max(0, start - pool.start(first))
      : pool.sourceStart(first);
  const lastEnd =
    pool.kind(last) === 'literal'
      ? pool.sourceStart(last) + (Math.min(end, pool.end(last)) - pool.start(last))
      : pool.sourceEnd(last);
  return { sourceStart, sourceEnd: Math.max(sourceStart, lastEnd), ...(variable === undefined ? {} : { variable }) };
}
