import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ClassifierModel } from '../core/index';

const MODEL = resolve('src/core/classifier/model.json');
const VIRTUAL = '\0dunning-lazy-model.js';
const FILE = 'model-weights.json';
const PLACEHOLDER = 'dunning-model-weights.json';

/** `file` (in the output folder) as a path relative to a chunk's own file, for `new URL(path, import.meta.url)`. */
export function chunkRelative(chunkFileName: string, file: string): string {
  const path = relative(dirname(chunkFileName), file) || file;
  return path.startsWith('.') ? path : `./${path}`;
}

/** The weights of every category, as the file the module of `lazyModelModule` reads. */
export const modelWeightsJson = (model: ClassifierModel): string =>
  JSON.stringify(Object.fromEntries(Object.entries(model.categories).map(([name, c]) => [name, c.weights])));

/**
 * The module standing for model.json: the model without its weights, which are read from `path` (relative to the
 * module's file, see `modelWeightsJson`) when first asked for. Same object shape and values as the JSON.
 */
export function lazyModelModule(model: ClassifierModel, path: string): string {
  const categories = Object.entries(model.categories).map(([name, { bias, threshold }]) => [name, { bias, threshold }]);
  const light = { ...model, categories: Object.fromEntries(categories) };
  return [
    `import { readFileSync } from 'node:fs';`,
    `const model = ${JSON.stringify(light)};`,
    `let weights;`,
    `const all = () => (weights ??= JSON.parse(readFileSync(new URL(${JSON.stringify(path)}, import.meta.url), 'utf8')));`,
    `for (const [name, category] of Object.entries(model.categories))`,
    `  Object.defineProperty(category, 'weights', { enumerable: true, get: () => all()[name] });`,
    `export default model;`,
    ``,
  ].join('\n');
}

/**
 * The CLI build's model.json: its ≈ 30,000 weights are not parsed at every start, as a check reads the n-gram trie
 * the build carries (start-tables.ts); they are read from model-weights.json only if something asks for them.
 */
export function lazyModelPlugin(): Plugin {
  let model: ClassifierModel | undefined;
  return {
    name: 'dunning-lazy-model',
    // NOTE: before Vite's own resolver, which would otherwise resolve the import to the JSON file itself.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('model.json')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && resolve(resolved.id) === MODEL ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return undefined;
      model = JSON.parse(readFileSync(MODEL, 'utf8')) as ClassifierModel;
      return lazyModelModule(model, PLACEHOLDER);
    },
    // NOTE: the file's path is known only once the module has a chunk: relative to that chunk's file.
    renderChunk(code, chunk) {
      const quoted = JSON.stringify(PLACEHOLDER);
      return code.includes(quoted) ? code.replace(quoted, JSON.stringify(chunkRelative(chunk.fileName, FILE))) : null;
    },
    writeBundle(options) {
      if (model) writeFileSync(resolve(options.dir ?? 'dist-cli', FILE), modelWeightsJson(model));
    },
  };
}
