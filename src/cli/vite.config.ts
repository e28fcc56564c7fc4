import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { chunkRelative, lazyModelPlugin } from './lazy-model-plugin';

const BUNDLED_RULES = resolve('src/cli/bundled-rules.ts');
const RULE_FILES = resolve('rules');
/** the files the build writes beside main.js, each named in the bundled-rules module by a placeholder first */
const FILES = {
  rules: { file: 'bundled-rules.json', placeholder: 'dunning-bundled-rules.json' },
  tables: { file: 'bundled-tables.json', placeholder: 'dunning-bundled-tables.json' },
  bytes: { file: 'bundled-tables.bin', placeholder: 'dunning-bundled-tables.bin' },
};

/**
 * Replaces src/cli/bundled-rules.ts with a module reading dist-cli/bundled-rules.json: rules/*.json as loaded
 * (validated, regex facts derived) by the code being built, run through Vite's module runner, and
 * bundled-tables.json/.bin: the prefilter's and the classifier's tables for those rules (start-tables.ts). A start
 * then neither validates the rules, derives the facts nor builds the tables again, and nothing can go stale.
 * rules/*.json themselves become `null` in the build: `defaultRuleset` reads them only when nothing was seeded,
 * and the CLI always seeds.
 */
function bundledRulesPlugin(): Plugin {
  let built: Promise<ReturnType<typeof import('./bundled-rules-build').bundledFiles>> | undefined;
  let moduleFor: typeof import('./bundled-rules-build').bundledRulesModule | undefined;
  return {
    name: 'dunning-bundled-rules',
    async load(id) {
      const file = resolve(id.split('?')[0] ?? id);
      if (dirname(file) === RULE_FILES && file.endsWith('.json')) return 'null';
      if (file !== BUNDLED_RULES) return undefined;
      built ??= runnerImport<typeof import('./bundled-rules-build')>('src/cli/bundled-rules-build.ts', {
        configFile: false,
        logLevel: 'error',
      }).then(({ module }) => ((moduleFor = module.bundledRulesModule), module.bundledFiles()));
      await built;
      return moduleFor!(FILES.rules.placeholder, { json: FILES.tables.placeholder, bytes: FILES.bytes.placeholder });
    },
    // NOTE: the files' paths are known only once the module has a chunk: relative to that chunk's file.
    renderChunk(code, chunk) {
      if (!code.includes(JSON.stringify(FILES.rules.placeholder))) return null;
      let out = code;
      for (const { file, placeholder } of Object.values(FILES)) {
        out = out.replace(JSON.stringify(placeholder), JSON.stringify(chunkRelative(chunk.fileName, file)));
      }
      return out;
    },
    async writeBundle(options) {
      if (!built) return;
      const { rules, tables, bytes } = await built;
      const dir = options.dir ?? 'dist-cli';
      writeFileSync(resolve(dir, FILES.rules.file), rules);
      writeFileSync(resolve(dir, FILES.tables.file), tables);
      writeFileSync(resolve(dir, FILES.bytes.file), bytes);
    },
  };
}

/**
 * The CLI build (`npm run build:cli`): two Node entries, the bin and the worker thread `--jobs` starts, sharing
 * chunks, in dist-cli/. Paths are relative to the working directory (the repo root).
 */
export default defineConfig({
  publicDir: false,
  plugins: [bundledRulesPlugin(), lazyModelPlugin()],
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
