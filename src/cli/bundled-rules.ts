import type { BundledRules } from '../core/index';
import type { CarriedTables } from './start-tables';

/**
 * The repo's rules as the CLI build loaded them (validated ruleset, regex facts). Undefined here: the CLI build
 * (`bundledRulesPlugin` in vite.config.ts, with bundled-rules-build.ts) replaces this module with what it computes from rules/*.json with the
 * code being built, so it can never be stale; run from source (tests), the rules are loaded as usual.
 */
export const BUNDLED_RULES: BundledRules | undefined = undefined;

/** The prefilter's and the classifier's tables the CLI build computed (see start-tables.ts); undefined here. */
export const BUNDLED_TABLES: { json: CarriedTables; bytes: Uint8Array } | undefined = undefined;
