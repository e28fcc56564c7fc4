import type { OutputSpan } from '../render/render-trace';

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
export function locate(spans: readonly OutputSpan[], start: number, end: number): SourceLocation {
  const hit = spans.filter((s) => (start === end ? s.start <= start && start < s.end : s.start < end && s.end > start));
  const first = hit[0];
  const last = hit.at(-1);
  if (!first || !last) return {};
  const sourceStart =
    first.kind === 'literal' ? first.sourceStart + Math.max(0, start - first.start) : first.sourceStart;
  const lastEnd = last.kind === 'literal' ? last.sourceStart + (Math.min(end, last.end) - last.start) : last.sourceEnd;
  const variable = hit.find((s) => s.kind === 'value' && s.variable !== undefined)?.variable;
  return { sourceStart, sourceEnd: Math.max(sourceStart, lastEnd), ...(variable === undefined ? {} : { variable }) };
}
