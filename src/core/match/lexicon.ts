import { buildMatcher } from './aho-corasick';
import type { LintIssue } from './lint-issue';
import { normaliseTerm } from './matchable';
import type { Span } from './spans';

/** Normalised phrases in one Aho–Corasick automaton, built once per rule. */
export interface Lexicon {
  /** normalised phrase → the phrase as written in the rule */
  readonly origin: ReadonlyMap<string, string>;
  find(norm: string): (Span & { phrase: string })[];
}

const EMPTY: Lexicon = { origin: new Map(), find: () => [] };

/** Normalises `phrases` the way the text is normalised and builds one matcher; empty ones are lint issues. */
export function compileLexicon(
  phrases: readonly string[] | undefined,
  path: (string | number)[],
): { lexicon: Lexicon; issues: LintIssue[] } {
  if (!phrases || phrases.length === 0) return { lexicon: EMPTY, issues: [] };
  const origin = new Map<string, string>();
  const issues: LintIssue[] = [];
  phrases.forEach((p, i) => {
    const n = normaliseTerm(p);
    if (n.length === 0) {
      issues.push({
        code: 'rule/empty-term',
        message: `“${p}” normalises to nothing and can never match`,
        path: [...path, i],
      });
    } else if (!origin.has(n)) origin.set(n, p);
  });
  const keys = [...origin.keys()];
  if (keys.length === 0) return { lexicon: EMPTY, issues };
  const matcher = buildMatcher(keys);
  return {
    lexicon: {
      origin,
      find: (norm) => matcher.findAll(norm).map((m) => ({ start: m.start, end: m.end, phrase: keys[m.pattern] ?? '' })),
    },
    issues,
  };
}
