// Build-time only: the CLI build (vite.config.ts) runs this through Vite's module runner; the CLI never imports it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleRules, committedModelGramTable, prefilterSeed, type BundledRules } from '../core/index';
import { carryTables } from './start-tables';

const jsonIn = (dir: string, prefix: string): [string, unknown][] =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => [`${prefix}/${n}`, JSON.parse(readFileSync(join(dir, n), 'utf8'))]);

/** rules/*.json and rules/fragments/*.json as `defaultRuleset` sees them: `rules/<name>.json` → parsed JSON. */
export function ruleFiles(dir = 'rules'): Record<string, unknown> {
  const fragments = join(dir, 'fragments');
  return Object.fromEntries([
    ...jsonIn(dir, 'rules'),
    ...(existsSync(fragments) ? jsonIn(fragments, 'rules/fragments') : []),
  ]);
}

/** rules/*.json loaded once, with their regex facts (once per fresh module graph: see `bundleRules`). */
export const bundledRules = (): BundledRules => bundleRules(ruleFiles());

/** The bundled rules as JSON (the batch worker's build embeds them; the CLI's writes them through `bundledFiles`). */
export const bundledRulesJson = (bundled: BundledRules = bundledRules()): string => JSON.stringify(bundled);

/**
 * What the CLI build writes: bundled-rules.json, and the tables a check's start would build from those rules and
 * the committed model (bundled-tables.json and .bin). The tables are read from this module graph once it loaded
 * the rules: every regex of the bundled rules has its prefilter slots then.
 */
// NOTE: the facts' literal sets are left out of the CLI's bundled-rules.json: they serve only to derive prefilter
// slots, which the tables carry for every bundled regex (≈ 40 % of the JSON); a regex outside them derives its sets.
export function bundledFiles(): { rules: string; tables: string; bytes: Uint8Array } {
  const { ruleset, facts } = bundledRules();
  const rules = bundledRulesJson({ ruleset, facts: { factors: {}, safe: facts.safe } });
  const { carried, bytes } = carryTables({ prefilter: prefilterSeed(), grams: committedModelGramTable() });
  return { rules, tables: JSON.stringify(carried), bytes };
}

/**
 * The module that replaces src/cli/bundled-rules.ts in the build: it reads the JSON at `path`, relative to the
 * module's own file. NOTE: not the JSON as a string literal: an isolate keeps a module's source and its literals
 * for as long as it runs, ≈ 3.3 MB in every worker thread that a file read and parsed once does not keep.
 */
export const bundledRulesModule = (path: string, tables?: { json: string; bytes: string }): string =>
  `import { readFileSync } from 'node:fs';\n` +
  `export const BUNDLED_RULES = JSON.parse(readFileSync(new URL(${JSON.stringify(path)}, import.meta.url), 'utf8'));\n` +
  (tables === undefined
    ? `export const BUNDLED_TABLES = undefined;\n`
    : `export const BUNDLED_TABLES = {\n` +
      `  json: JSON.parse(readFileSync(new URL(${JSON.stringify(tables.json)}, import.meta.url), 'utf8')),\n` +
      `  bytes: readFileSync(new URL(${JSON.stringify(tables.bytes)}, import.meta.url)),\n};\n`);
