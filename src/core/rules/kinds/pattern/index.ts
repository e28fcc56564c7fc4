import { z } from 'zod';
import { MODEL_CATEGORIES } from '../../../classifier/model-types';
import { compileLexicon, type Lexicon } from '../../../match/lexicon';
import type { LintIssue } from '../../../match/lint-issue';
import { normaliseTerm } from '../../../match/matchable';
import { compileRegexes, findRegexes, type CompiledRegex } from '../../../match/regexes';
import { isExcused } from '../../../match/excused-spans';
import { deniedAfter, opensNegated } from '../../../match/lawful-frames';
import { pickNonOverlapping, withoutAllowed, type Span } from '../../../match/spans';
import { defineKind, type KindContext, type RawHit } from '../define-kind';
import { toHits } from '../to-hits';

/** Which text a `pattern` rule runs on: the normalised text (default) or the original rendered text. */
export const PATTERN_TEXTS = ['normalised', 'original'] as const;

/**
 * `pattern`: JS regexes (flags `gu`) on the normalised output, for what a lexicon cannot say.
 * `on: "original"` runs them on the rendered text as written (case, punctuation, 【】, symbols, emoji kept).
 * `suggestions` maps a pattern's index to the text that replaces its whole match (a quick fix only where that
 * pattern's match reads right replaced, e.g. "你这个老赖" → "您"); other patterns' hits offer none of their own.
 * `corroboratedBy` keeps the hits only where the text classifier also reads the text as that category: a broad
 * frame (its span the explanation) that the model's reading of the whole message confirms. `withinClause` keeps
 * only matches inside one clause of the original text (no ，。；！？ between their ends), for co-occurrence frames.
 */
export const patternParams = z.strictObject({
  patterns: z.array(z.string().min(1)).min(1),
  allow: z.array(z.string().min(1)).optional(),
  on: z.enum(PATTERN_TEXTS).optional(),
  suggestions: z.record(z.string().regex(/^\d+$/), z.string()).optional(),
  corroboratedBy: z.enum(MODEL_CATEGORIES).optional(),
  withinClause: z.boolean().optional(),
});
export type PatternParams = z.infer<typeof patternParams>;

interface Compiled {
  regexes: CompiledRegex[];
  allow: Lexicon;
  original: boolean;
}

/** Literal occurrences of allow phrases in the original text (no normalisation in `original` mode). */
function findLiteral(phrases: readonly string[], text: string): Span[] {
  const out: Span[] = [];
  for (const p of phrases) {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push({ start: i, end: i + p.length });
  }
  return out;
}

function compile(p: PatternParams): { compiled: Compiled; issues: LintIssue[] } {
  const original = p.on === 'original';
  const r = compileRegexes(p.patterns, ['params', 'patterns'], !original);
  const a = original
    ? { lexicon: compileLexicon(undefined, []).lexicon, issues: [] }
    : compileLexicon(p.allow, ['params', 'allow']);
  const issues = [...r.issues, ...a.issues];
  (p.allow ?? []).forEach((phrase, i) => {
    const n = original ? phrase : normaliseTerm(phrase);
    if (n.length > 0 && r.regexes.length > 0 && findRegexes(r.regexes, n, undefined, false).length === 0) {
      issues.push({
        code: 'rule/dead-allow',
        message: `allow phrase “${phrase}” matches no pattern`,
        path: ['params', 'allow', i],
      });
    }
  });
  Object.keys(p.suggestions ?? {}).forEach((key) => {
    if (Number(key) >= p.patterns.length) {
      issues.push({
        code: 'rule/invalid',
        message: `suggestion for pattern ${key}, which does not exist`,
        path: ['params', 'suggestions', key],
      });
    }
  });
  return { compiled: { regexes: r.regexes, allow: a.lexicon, original }, issues };
}

/** The quick fix of the pattern that produced a hit, if that pattern has one. */
const suggestionOf = (p: PatternParams, index: number): { suggest?: string } => {
  const suggest = p.suggestions?.[String(index)];
  return suggest === undefined ? {} : { suggest };
};

export const patternKind = defineKind({
  name: 'pattern',
  target: 'output',
  params: patternParams,
  compile,
  gates: (c) => (c.original ? undefined : [c.regexes]),
  regexParams: ['patterns'],
  run(ctx) {
    const hits = patternHits(ctx);
    const needs = ctx.params.corroboratedBy;
    return hits.length === 0 || needs === undefined || ctx.modelReads().has(needs) ? hits : [];
  },
});

/** The rule's hits on the text, guarded (allow phrases, lawful stances, denials), before any corroboration. */
function patternHits(ctx: KindContext<'output', PatternParams, Compiled>): RawHit[] {
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
