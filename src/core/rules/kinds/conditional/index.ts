import { z } from 'zod';
import type { LintIssue } from '../../../match/lint-issue';
import { compileRegexes, findRegexes, type CompiledRegex } from '../../../match/regexes';
import { pickNonOverlapping, type Span } from '../../../match/spans';
import { defineKind } from '../define-kind';
import { toHits } from '../to-hits';

/** `conditional`: when an `if` regex matches the normalised output, one of `require` must match too. */
export const conditionalParams = z.strictObject({
  if: z.array(z.string().min(1)).min(1),
  require: z.array(z.string().min(1)).min(1),
  /** max distance in normalised characters between the `if` match and a `require` match */
  within: z.number().int().min(0).optional(),
});
export type ConditionalParams = z.infer<typeof conditionalParams>;

interface Compiled {
  when: CompiledRegex[];
  need: CompiledRegex[];
}

function compile(p: ConditionalParams): { compiled: Compiled; issues: LintIssue[] } {
  const a = compileRegexes(p.if, ['params', 'if']);
  const b = compileRegexes(p.require, ['params', 'require']);
  return { compiled: { when: a.regexes, need: b.regexes }, issues: [...a.issues, ...b.issues] };
}

const distance = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);

export const conditionalKind = defineKind({
  name: 'conditional',
  target: 'output',
  params: conditionalParams,
  compile,
  gates: (c) => [c.when],
  regexParams: ['if', 'require'],
  run(ctx) {
    const { norm } = ctx.text;
    const ifs = findRegexes(ctx.compiled.when, norm);
    if (ifs.length === 0) return [];
    const needs = findRegexes(ctx.compiled.need, norm);
    const within = ctx.params.within;
    const unmet = pickNonOverlapping(ifs).filter(
      (s) => !needs.some((n) => within === undefined || distance(n, s) <= within),
    );
    return toHits(ctx.text, unmet);
  },
});
