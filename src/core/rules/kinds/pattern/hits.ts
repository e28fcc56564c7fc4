import { findRegexes } from '../../../match/regexes';
import { isExcused } from '../../../match/excused-spans';
import { deniedAfter, opensNegated } from '../../../match/lawful-frames';
import { pickNonOverlapping, withoutAllowed, type Span } from '../../../match/spans';
import type { KindContext, RawHit } from '../define-kind';
import { toHits } from '../to-hits';
import { suggestionOf, type Compiled, type PatternParams } from './params';

/** Literal occurrences of allow phrases in the original text (no normalisation in `original` mode). */
function findLiteral(phrases: readonly string[], text: string): Span[] {
  const out: Span[] = [];
  for (const p of phrases) {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push({ start: i, end: i + p.length });
  }
  return out;
}

/** The rule's hits on the text, guarded (allow phrases, lawful stances, denials), before any corroboration. */
export function patternHits(ctx: KindContext<'output', PatternParams, Compiled>): RawHit[] {
  if (ctx.compiled.original) {
    const { text } = ctx.text;
    const found = findRegexes(ctx.compiled.regexes, text, undefined, false);
    if (found.length === 0) return [];
    const kept = pickNonOverlapping(withoutAllowed(found, findLiteral(ctx.params.allow ?? [], text)));
    return kept.map((s) => ({
      start: s.start,
      end: s.end,
      match: text.slice(s.start, s.end),
      ...suggestionOf(ctx.params, s.index),
    }));
  }
  const { norm, clauseStart } = ctx.text;
  const found = findRegexes(ctx.compiled.regexes, norm, clauseStart, true, ctx.params.withinClause === true);
  if (found.length === 0) return [];
  const kept = pickNonOverlapping(withoutAllowed(found, ctx.compiled.allow.find(norm)));
  const hits = toHits(ctx.text, kept, (s) => suggestionOf(ctx.params, s.index));
  const { text } = ctx.text;
  return hits.filter(
    (h) =>
      !isExcused(ctx.text, { start: h.start!, end: h.end! }) &&
      !deniedAfter(text, h.end!) &&
      !opensNegated(text, h.start!),
  );
}
