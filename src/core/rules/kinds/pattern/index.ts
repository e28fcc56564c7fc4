import { compileLexicon } from '../../../match/lexicon';
import type { LintIssue } from '../../../match/lint-issue';
import { normaliseTerm } from '../../../match/matchable';
import { compileRegexes, findRegexes } from '../../../match/regexes';
import { defineKind } from '../define-kind';
import { patternHits } from './hits';
import { patternParams, type Compiled, type PatternParams } from './params';

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
  if (original && p.withinClause) {
    issues.push({
      code: 'rule/invalid',
      message: 'withinClause reads clauses of the normalised text: it cannot be used with on: "original"',
      path: ['params', 'withinClause'],
    });
  }
  return { compiled: { regexes: r.regexes, allow: a.lexicon, original }, issues };
}

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
    if (hits.length === 0 || needs === undefined) return hits;
    const reads = ctx.modelReads();
    return (typeof needs === 'string' ? [needs] : needs).some((c) => reads.has(c)) ? hits : [];
  },
});
