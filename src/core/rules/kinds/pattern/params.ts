import { z } from 'zod';
import { MODEL_CATEGORIES } from '../../../classifier/model-types';
import type { Lexicon } from '../../../match/lexicon';
import type { CompiledRegex } from '../../../match/regexes';

/** Which text a `pattern` rule runs on: the normalised text (default) or the original rendered text. */
export const PATTERN_TEXTS = ['normalised', 'original'] as const;

/**
 * `pattern`: JS regexes (flags `gu`) on the normalised output, for what a lexicon cannot say.
 * `on: "original"` runs them on the rendered text as written (case, punctuation, 【】, symbols, emoji kept).
 * `suggestions` maps a pattern's index to the text that replaces its whole match (a quick fix only where that
 * pattern's match reads right replaced, e.g. "你这个老赖" → "您"); other patterns' hits offer none of their own.
 * `corroboratedBy` keeps the hits only where the text classifier also reads the text as that category (or as one of
 * those listed): a broad frame (its span the explanation) that the model's reading of the whole message confirms. `withinClause` keeps
 * only matches inside one clause of the original text (no ，。；！？ between their ends), for co-occurrence frames.
 */
export const patternParams = z.strictObject({
  patterns: z.array(z.string().min(1)).min(1),
  allow: z.array(z.string().min(1)).optional(),
  on: z.enum(PATTERN_TEXTS).optional(),
  suggestions: z.record(z.string().regex(/^\d+$/), z.string()).optional(),
  corroboratedBy: z.union([z.enum(MODEL_CATEGORIES), z.array(z.enum(MODEL_CATEGORIES)).min(1)]).optional(),
  withinClause: z.boolean().optional(),
});
export type PatternParams = z.infer<typeof patternParams>;

export interface Compiled {
  regexes: CompiledRegex[];
  allow: Lexicon;
  original: boolean;
}

/** The quick fix of the pattern that produced a hit, if that pattern has one. */
export const suggestionOf = (p: PatternParams, index: number): { suggest?: string } => {
  const suggest = p.suggestions?.[String(index)];
  return suggest === undefined ? {} : { suggest };
};
