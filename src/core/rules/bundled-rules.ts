import { regexFactsFor, seedRegexFacts, type RegexFacts } from '../match/regex-facts';
import { regexVerdict } from '../match/regex-safety';
import { seedDefaultRuleset } from './defaults';
import { loadRuleset } from './load';
import type { Ruleset } from './rule';

/**
 * The repo's rules as a build loads them once: the validated ruleset (plain data) and the regex facts loading it
 * derived. An adapter's bundle carries this so a start neither validates the rules with zod nor derives the
 * facts again (`seedBundledRules`).
 */
export interface BundledRules {
  ruleset: Ruleset;
  facts: RegexFacts;
}

/**
 * Loads rule files as `defaultRuleset` does and records the facts of every regex. A source is listed as safe only
 * when it compiles, never matches the empty string and is proved linear without the allowlist. Call it in a
 * fresh module graph, as a build does: sources compiled before are cached where they are compiled and not asked
 * about again.
 */
export function bundleRules(files: Record<string, unknown>): BundledRules {
  let ruleset: Ruleset = { rules: [], problems: [] };
  const facts = regexFactsFor(
    () => {
      const loaded = loadRuleset(files);
      ruleset = loaded.ok ? loaded.value : (loaded.partial ?? { rules: [], problems: loaded.problems });
    },
    (source, flags) => {
      const v = regexVerdict(source, flags);
      return v.safe && v.allowlisted === undefined && !new RegExp(source, flags).test('');
    },
  );
  return { ruleset: JSON.parse(JSON.stringify(ruleset)) as Ruleset, facts };
}

/**
 * Takes what `bundleRules` made from the repo's rules at build time: `defaultRuleset()` returns that ruleset
 * (validated then, not again) and its regexes compile without deriving their facts. Nothing when undefined.
 */
export function seedBundledRules(bundled: BundledRules | undefined): void {
  if (!bundled) return;
  seedRegexFacts(bundled.facts);
  seedDefaultRuleset(bundled.ruleset);
}
