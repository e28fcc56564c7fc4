import { z } from 'zod';
import { compileLexicon, type Lexicon } from '../../../match/lexicon';
import type { LintIssue } from '../../../match/lint-issue';
import { pickNonOverlapping, withoutAllowed } from '../../../match/spans';
import { defineKind } from '../define-kind';
import { toHits } from '../to-hits';

/** `terms`: a lexicon matched with Aho–Corasick on the normalised output; `allow` phrases that cover a hit win. */
export const termsParams = z.strictObject({
  terms: z.array(z.string().min(1)).min(1),
  allow: z.array(z.string().min(1)).optional(),
  suggestions: z.record(z.string(), z.string()).optional(),
});
export type TermsParams = z.infer<typeof termsParams>;

interface Compiled {
  terms: Lexicon;
  allow: Lexicon;
}

function compile(p: TermsParams): { compiled: Compiled; issues: LintIssue[] } {
  const t = compileLexicon(p.terms, ['params', 'terms']);
  const a = compileLexicon(p.allow, ['params', 'allow']);
  const issues = [...t.issues, ...a.issues];
  if (t.lexicon.origin.size === 0) {
    issues.push({ code: 'rule/invalid', message: 'no term can ever match', path: ['params', 'terms'], fatal: true });
  }
  const normTerms = [...t.lexicon.origin.keys()];
  (p.allow ?? []).forEach((phrase, i) => {
    const n = [...a.lexicon.origin.entries()].find(([, orig]) => orig === phrase)?.[0];
    if (n !== undefined && !normTerms.some((term) => n.includes(term))) {
      issues.push({
        code: 'rule/dead-allow',
        message: `allow phrase “${phrase}” contains no term`,
        path: ['params', 'allow', i],
      });
    }
  });
  Object.keys(p.suggestions ?? {}).forEach((key) => {
    if (!p.terms.includes(key)) {
      issues.push({
        code: 'rule/invalid',
        message: `suggestion for “${key}”, which is not a term`,
        path: ['params', 'suggestions', key],
      });
    }
  });
  return { compiled: { terms: t.lexicon, allow: a.lexicon }, issues };
}

export const termsKind = defineKind({
  name: 'terms',
  target: 'output',
  params: termsParams,
  compile,
  run(ctx) {
    const { norm } = ctx.text;
    const found = ctx.compiled.terms.find(norm);
    if (found.length === 0) return [];
    const kept = pickNonOverlapping(withoutAllowed(found, ctx.compiled.allow.find(norm)));
    return toHits(ctx.text, kept, (s) => {
      const term = ctx.compiled.terms.origin.get(s.phrase) ?? s.phrase;
      const suggest = ctx.params.suggestions?.[term];
      return suggest === undefined ? {} : { suggest };
    });
  },
});
