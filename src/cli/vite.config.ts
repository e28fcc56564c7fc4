import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { defineConfig, runnerImport, type Plugin } from 'vite';

const BUNDLED_RULES = resolve('src/cli/bundled-rules.ts');
const RULE_FILES = resolve('rules');
const JSON_FILE = 'bundled-rules.json';
const JSON_PLACEHOLDER = 'dunning-bundled-rules.json';

/**
 * Replaces src/cli/bundled-rules.ts with a module reading dist-cli/bundled-rules.json: rules/*.json as loaded
 * (validated, regex facts derived) by the code being built, run through Vite's module runner. A start then neither
 * validates the rules nor derives the facts again, and the table cannot go stale. rules/*.json themselves become
 * `null` in the build: `defaultRuleset` reads them only when nothing was seeded, and the CLI always seeds.
 */
function bundledRulesPlugin(): Plugin {
  let built: Promise<{ json: string; moduleFor: (path: string) => string }> | undefined;
  return {
    name: 'dunning-bundled-rules',
    async load(id) {
      const file = resolve(id.split('?')[0] ?? id);
      if (dirname(file) === RULE_FILES && file.endsWith('.json')) return 'null';
      if (file !== BUNDLED_RULES) return undefined;
      built ??= runnerImport<typeof import('./bundled-rules-build')>('src/cli/bundled-rules-build.ts', {
        configFile: false,
        logLevel: 'error',
      }).then(({ module }) => ({ json: module.bundledRulesJson(), moduleFor: module.bundledRulesModule }));
      return (await built).moduleFor(JSON_PLACEHOLDER);
    },
    // NOTE: the JSON's path is known only once the module has a chunk: relative to that chunk's file.
    renderChunk(code, chunk) {
      if (!code.includes(JSON.stringify(JSON_PLACEHOLDER))) return null;
      const path = relative(dirname(chunk.fileName), JSON_FILE) || JSON_FILE;
      return code.replace(JSON.stringify(JSON_PLACEHOLDER), JSON.stringify(path.startsWith('.') ? path : `./${path}`));
    },
    async writeBundle(options) {
      if (built) writeFileSync(resolve(options.dir ?? 'dist-cli', JSON_FILE), (await built).json);
    },
  };
}

/**
 * The CLI build (`npm run build:cli`): two Node entries, the bin and the worker thread `--jobs` starts, sharing
 * chunks, in dist-cli/. Paths are relative to the working directory (the repo root).
 */
export default defineConfig({
  publicDir: false,
  plugins: [bundledRulesPlugin()],
  // NOTE: liquidjs, zod and opencc-js bundled in: resolving and loading their ~150 modules one by one cost ~70 ms
  // of CPU at every start (a check of one file is ~400 ms in all).
  ssr: { noExternal: true },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    rollupOptions: {
      input: { main: 'src/cli/main.ts', 'check-worker': 'src/cli/check.worker.ts' },
      // NOTE: loading the rules in bundledRulesPlugin takes seconds by design; no warning about it on every run.
      checks: { pluginTimings: false },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
