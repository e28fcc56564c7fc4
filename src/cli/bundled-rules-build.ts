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

/** The module that replaces src/cli/bundled-rules.ts in the build. */
export const bundledRulesModule = (bundled: BundledRules = bundledRules()): string =>
  // NOTE: JSON.parse of one string is read faster than the same object as a literal.
  `export const BUNDLED_RULES = JSON.parse(${JSON.stringify(JSON.stringify(bundled))});\n`;
