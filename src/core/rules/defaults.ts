import { loadRuleset, type Ruleset } from './load';

export { rulesetHash } from './ruleset-hash';

let cached: Ruleset | undefined;

/**
 * The repo's rules/ (with the fragments their patterns name, rules/fragments/), bundled at build time and validated
 * once (cached). Rules that fail to load are left out and their problems are kept in `ruleset.problems`
 * (checkTemplate reports them).
 */
export function defaultRuleset(): Ruleset {
  // NOTE: an adapter may have seeded the ruleset its build loaded from these same files (see bundled-rules.ts).
  if (!cached) {
    const files = {
      ...import.meta.glob('../../../rules/*.json', { eager: true, import: 'default' }),
      ...import.meta.glob('../../../rules/fragments/*.json', { eager: true, import: 'default' }),
    };
    const repoFiles = Object.fromEntries(
      Object.entries(files).map(([key, json]) => [key.replace(/^(?:\.\.?\/)+/, ''), json]),
    );
    const loaded = loadRuleset(repoFiles);
    cached = loaded.ok ? loaded.value : (loaded.partial ?? { rules: [], problems: loaded.problems });
  }
  return cached;
}

/** The default ruleset as loaded at build time from the same files (`seedBundledRules` only). */
export function seedDefaultRuleset(ruleset: Ruleset): void {
  cached ??= ruleset;
}
