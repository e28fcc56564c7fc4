// Build-time only: the CLI build (vite.config.ts) runs this through Vite's module runner; the CLI never imports it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleRules, type BundledRules } from '../core/index';

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

/** What the build writes to dist-cli/bundled-rules.json. */
export const bundledRulesJson = (bundled: BundledRules = bundledRules()): string => JSON.stringify(bundled);

/**
 * The module that replaces src/cli/bundled-rules.ts in the build: it reads the JSON at `path`, relative to the
 * module's own file. NOTE: not the JSON as a string literal: an isolate keeps a module's source and its literals
 * for as long as it runs, ≈ 3.3 MB in every worker thread that a file read and parsed once does not keep.
 */
export const bundledRulesModule = (path: string): string =>
  `import { readFileSync } from 'node:fs';\n` +
  `export const BUNDLED_RULES = JSON.parse(readFileSync(new URL(${JSON.stringify(path)}, import.meta.url), 'utf8'));\n`;
