import { z } from 'zod';
import { compileLexicon, type Lexicon } from '../lexicon';
import { normaliseTerm } from '../matchable';
import { compileRegexes, findRegexes, type CompiledRegex } from '../regexes';
import { pickNonOverlapping, withoutAllowed } from '../spans';
import type { KindDef, LintIssue } from './kind';
import { toHits } from './output-hits';

/** `pattern`: JS regexes (flags `gu`) on the normalised output, for what a lexicon cannot say. */
export const patternParams = z.strictObject({
  patterns: z.array(z.string().min(1)).min(1),
  allow: z.array(z.string().min(1)).optional(),
});
export type PatternParams = z.infer<typeof patternParams>;

interface Compiled {
  regexes: CompiledRegex[];
  allow: Lexicon;
}

function compile(p: PatternParams): { compiled: Compiled; issues: LintIssue[] } {
  const r = compileRegexes(p.patterns, ['params', 'patterns']);
  const a = compileLexicon(p.allow, ['params', 'allow']);
  const issues = [...r.issues, ...a.issues];
  (p.allow ?? []).forEach((phrase, i) => {
    const n = normaliseTerm(phrase);
    if (n.length > 0 && r.regexes.length > 0 && findRegexes(r.regexes, n).length === 0) {
      issues.push({ code: 'rule/dead-allow', message: `allow phrase “${phrase}” matches no pattern`, path: ['params', 'allow', i] });
    }
  });
  return { compiled: { regexes: r.regexes, allow: a.lexicon }, issues };
}

export const patternKind: KindDef<PatternParams, Compiled> = {
  name: 'pattern',
  params: patternParams,
  targets: ['output'],
  compile,
  run(ctx) {
    if (ctx.phase !== 'output') return [];
    const { norm } = ctx.text;
    const found = findRegexes(ctx.compiled.regexes, norm);
    if (found.length === 0) return [];
    return toHits(ctx.text, pickNonOverlapping(withoutAllowed(found, ctx.compiled.allow.find(norm))));
  },
};
