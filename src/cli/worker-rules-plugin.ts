import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

const MODULE = fileURLToPath(new URL('../worker/bundled-rules.ts', import.meta.url));
const BUILD = fileURLToPath(new URL('./bundled-rules-build.ts', import.meta.url));

/**
 * Replaces src/worker/bundled-rules.ts, in a build, with rules/*.json as loaded (validated, regex facts derived) by
 * the code being built, as the CLI build does: the batch worker then neither validates the rules with zod nor
 * derives the facts of their regexes when its first batch or dry-run starts.
 */
export function bundledRulesPlugin(): Plugin {
  let code: Promise<string> | undefined;
  return {
    name: 'dunning-worker-bundled-rules',
    apply: 'build',
    load(id) {
      if (resolve(id.split('?')[0] ?? id) !== MODULE) return undefined;
      // NOTE: JSON.parse of one string is read faster than the same object as a literal.
      code ??= runnerImport<typeof import('./bundled-rules-build')>(BUILD, {
        configFile: false,
        logLevel: 'error',
      }).then(
        ({ module }) => `export const BUNDLED_RULES = JSON.parse(${JSON.stringify(module.bundledRulesJson())});\n`,
      );
      return code;
    },
  };
}
