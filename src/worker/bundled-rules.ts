import type { BundledRules } from '../core/index';

/**
 * The repo's rules as the app build loaded them (validated ruleset, regex facts), for the check and batch workers.
 * Undefined here: the build (`bundledRulesPlugin`, registered for workers in vite.config.ts) replaces this module with
 * what it computes from rules/*.json with the code being built; in dev and tests the rules are loaded as usual.
 */
export const BUNDLED_RULES: BundledRules | undefined = undefined;
