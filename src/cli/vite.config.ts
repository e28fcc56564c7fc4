import { resolve } from 'node:path';
import { defineConfig, runnerImport, type Plugin } from 'vite';

const BUNDLED_RULES = resolve('src/cli/bundled-rules.ts');

/**
 * Replaces src/cli/bundled-rules.ts with rules/*.json as loaded (validated, regex facts derived) by the code being
 * built, run through Vite's module runner: a start then neither validates the rules nor derives the facts again,
 * and the table cannot go stale.
 */
function bundledRulesPlugin(): Plugin {
  let code: Promise<string> | undefined;
  return {
    name: 'dunning-bundled-rules',
    load(id) {
      if (resolve(id.split('?')[0] ?? id) !== BUNDLED_RULES) return undefined;
      code ??= runnerImport<typeof import('./bundled-rules-build')>('src/cli/bundled-rules-build.ts', {
        configFile: false,
        logLevel: 'error',
      }).then(({ module }) => module.bundledRulesModule());
      return code;
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
