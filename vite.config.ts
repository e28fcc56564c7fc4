import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { bundledRulesPlugin } from './src/cli/worker-rules-plugin';

const CSP = 'Content-Security-Policy';

/**
 * The headers every path gets (the `/*` block of public/_headers, the file static hosts read), so `vite preview`
 * and a host send the same policy.
 */
function hostHeaders(file = fileURLToPath(new URL('./public/_headers', import.meta.url))): Record<string, string> {
  const headers: Record<string, string> = {};
  let global = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) global = line.trim() === '/*';
    else if (global && line.includes(':')) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

const HEADERS = hostHeaders();
if (!HEADERS[CSP]) throw new Error(`public/_headers: no ${CSP} for /*`);

/**
 * Fills the CSP meta tag of index.html (for hosts that send no headers) from the same policy. `frame-ancestors` is
 * left out: browsers ignore it in a meta tag and log an error.
 */
const cspMeta = (): Plugin => ({
  name: 'csp-meta',
  transformIndexHtml(html) {
    const policy = (HEADERS[CSP] ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d !== '' && !d.startsWith('frame-ancestors'))
      .join('; ');
    const tag = /<meta http-equiv="Content-Security-Policy" content="[^"]*"/;
    if (!tag.test(html)) throw new Error(`index.html: no ${CSP} meta tag to fill`);
    return html.replace(tag, `<meta http-equiv="${CSP}" content="${policy}"`);
  },
});

const NO_EVAL_ID = 'virtual:no-eval-probe';
/**
 * NOTE: zod 4 probes `new Function('')` when its first object schema is created (to pick a faster parser). The
 * probe is caught, but a CSP without 'unsafe-eval' still reports it as a violation. zod reads its settings from
 * `globalThis.__zod_globalConfig` and skips the probe under `jitless`, so each `*.worker.ts` imports this setting
 * before anything else (a worker is one chunk, evaluated in import order). The page gets it from the classic script
 * public/before-modules.js: its entry imports shared chunks that build schemas, and chunks evaluate before the entry's
 * own code, so a setting inlined there would come too late.
 */
const noEvalProbe = (): Plugin => ({
  name: 'no-eval-probe',
  enforce: 'pre',
  resolveId: (id) => (id === NO_EVAL_ID ? `\0${NO_EVAL_ID}` : undefined),
  load: (id) =>
    id === `\0${NO_EVAL_ID}`
      ? 'const g = globalThis;\ng.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, { jitless: true });\n'
      : undefined,
  transform: (code, id) =>
    /\/src\/worker\/[\w-]+\.worker\.ts$/.test(id) ? { code: `import '${NO_EVAL_ID}';\n${code}`, map: null } : undefined,
});

const EXAMPLES_ID = 'virtual:example-templates';
const EXAMPLES_DIR = 'samples/templates';
/**
 * The repo's example templates, paired and validated (with zod, as core's `defaultTemplates` does) at build time:
 * the page shows them on a first visit without loading zod. An invalid example fails the build.
 */
const exampleTemplates = (): Plugin => ({
  name: 'example-templates',
  resolveId: (id) => (id === EXAMPLES_ID ? `\0${EXAMPLES_ID}` : undefined),
  async load(id) {
    if (id !== `\0${EXAMPLES_ID}`) return undefined;
    // NOTE: core is TypeScript: loaded through Vite's module runner, not bundled into this config.
    const { module } = await runnerImport<typeof import('./src/core/samples/templates')>(
      fileURLToPath(new URL('./src/core/samples/templates.ts', import.meta.url)),
      { configFile: false, logLevel: 'silent' },
    );
    const sources: Record<string, string> = {};
    const metas: Record<string, unknown> = {};
    for (const name of readdirSync(fileURLToPath(new URL(`./${EXAMPLES_DIR}`, import.meta.url)))) {
      const file = fileURLToPath(new URL(`./${EXAMPLES_DIR}/${name}`, import.meta.url));
      this.addWatchFile(file);
      if (name.endsWith('.liquid')) sources[`${EXAMPLES_DIR}/${name}`] = readFileSync(file, 'utf8');
      else if (name.endsWith('.meta.json')) metas[`${EXAMPLES_DIR}/${name}`] = JSON.parse(readFileSync(file, 'utf8'));
    }
    const built = module.buildTemplates(sources, metas);
    if (!built.ok) this.error(`${EXAMPLES_DIR}: ${built.problems.map((p) => p.message).join('; ')}`);
    return `export default ${JSON.stringify(built.value)};`;
  },
});

/**
 * Modules the page imports on start that the browser should fetch at once, with everything they import. NOTE: not
 * Monaco's Chinese table, which an English page never loads: public/before-modules.js asks for it on a Chinese page
 * (MONACO_ZH).
 */
const START_MODULES = [
  /[\\/]src[\\/]ui[\\/]editor[\\/]monaco\.ts$/,
  /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]languages[\\/]definitions[\\/]liquid[\\/]liquid\.js$/,
];

/** Monaco's Chinese table: it must run before Monaco's first module (src/ui/editor/monaco-nls.ts). */
const MONACO_ZH = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]nls[\\/]lang[\\/]zh-cn\.js$/;

const ZH_HINT = /(<script src="\.?\/before-modules\.js" data-table=")[^"]*"/;
/** Gives public/before-modules.js (the classic script of index.html) the file of Monaco's Chinese table. */
const monacoZhHint = (): Plugin => ({
  name: 'monaco-zh-hint',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const table = Object.values(ctx.bundle ?? {}).find(
        (c) => c.type === 'chunk' && MONACO_ZH.test(c.facadeModuleId ?? ''),
      );
      if (!table) throw new Error("monaco-zh-hint: Monaco's Chinese table has no chunk");
      if (!ZH_HINT.test(html)) throw new Error('index.html: no before-modules.js script to fill');
      return html.replace(ZH_HINT, `$1./${table.fileName}"`);
    },
  },
});

/**
 * NOTE: the editor and the Liquid grammar are dynamic imports of the app, so the browser would only ask for them
 * once the app's own script has run; preload hints in index.html let them download and compile in parallel.
 */
const preloadStartChunks = (): Plugin => ({
  name: 'preload-start-chunks',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const entry = chunks.find((c) => c.isEntry);
      const wanted = new Set<string>();
      const add = (file: string): void => {
        if (wanted.has(file) || file === entry?.fileName || entry?.imports.includes(file)) return;
        wanted.add(file);
        for (const imported of byFile.get(file)?.imports ?? []) add(imported);
      };
      for (const chunk of chunks) {
        if (START_MODULES.some((m) => m.test(chunk.facadeModuleId ?? ''))) add(chunk.fileName);
      }
      if (wanted.size < START_MODULES.length) throw new Error('preload-start-chunks: a start module has no chunk');
      // NOTE: in the order the page runs them (the browser fetches a few at a time over HTTP/1.1): Monaco's layers
      // lowest first (each after what it imports), so that each layer can run while the next ones are still
      // downloading.
      const rank = (file: string): number => {
        const layer = EDITOR_LAYERS.findIndex(([name]) => name === byFile.get(file)?.name);
        return layer < 0 ? EDITOR_LAYERS.length : layer;
      };
      const ordered: string[] = [];
      const visit = (file: string): void => {
        if (!wanted.has(file) || ordered.includes(file)) return;
        for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
        ordered.push(file);
      };
      for (const file of [...wanted].sort((a, b) => rank(a) - rank(b))) visit(file);
      // NOTE: a chunk's CSS right after it: importing the chunk waits for its CSS as well.
      return ordered.flatMap((file) => [
        {
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        },
        ...[...(byFile.get(file)?.viteMetadata?.importedCss ?? [])].map((css) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${css}` },
          injectTo: 'head' as const,
        })),
      ]);
    },
  },
});

/**
 * Monaco's core in layers, lowest first, each its own chunk: src/ui/editor/load.ts evaluates them one task each
 * (all of Monaco in one go blocked the page for 0.4–0.8 s). Only modules the editor needs at start are layered;
 * what only the later features use stays with them.
 */
const EDITOR_LAYERS: [name: string, test: RegExp][] = [
  ['editor-base-common', /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]base[\\/]common[\\/]/],
  ['editor-base', /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]base[\\/]/],
  ['editor-platform', /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]platform[\\/]/],
  ['editor-common', /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]common[\\/]/],
  ['editor-browser', /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]browser[\\/]/],
  ['editor', /[\\/]monaco-editor[\\/]/],
];
/** The pure core (src/core): its modules have no side effects on import. */
const CORE_MODULE = /[\\/]src[\\/]core[\\/]/;
const EDITOR_START = /[\\/]src[\\/]ui[\\/]editor[\\/]monaco\.ts$/;

/** The modules src/ui/editor/monaco.ts imports statically, directly or not (known once the graph is built). */
const editorStart = new Set<string>();
const findEditorStart = (): Plugin => ({
  name: 'find-editor-start',
  apply: 'build',
  buildEnd() {
    const stack = [...this.getModuleIds()].filter((id) => EDITOR_START.test(id));
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (editorStart.has(id)) continue;
      editorStart.add(id);
      stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
    }
  },
});

const workerRules = bundledRulesPlugin();

export default defineConfig({
  plugins: [
    noEvalProbe(),
    exampleTemplates(),
    cspMeta(),
    findEditorStart(),
    preloadStartChunks(),
    monacoZhHint(),
    svelte(),
  ],
  base: './',
  // NOTE: one instance for every worker bundle (the factory runs once per worker): it loads the rules once a build.
  worker: { format: 'es', plugins: () => [noEvalProbe(), workerRules] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      // NOTE: core is pure (no module does anything on import but define): a module of it the page imports through
      // a door (core/model) and never uses is left out, zod schemas included (a schema's method chain would
      // otherwise count as a side effect and keep zod in the start script).
      treeshake: { moduleSideEffects: [{ test: CORE_MODULE, sideEffects: false }] },
      output: {
        codeSplitting: {
          groups: [
            // NOTE: Vite's preload helper, shared by the app and Monaco, in a chunk of its own; in a layer's chunk it
            // would make the app's own script import (and evaluate) Monaco's layers.
            { name: 'preload-helper', priority: EDITOR_LAYERS.length + 1, test: /^\0vite\/preload-helper/ },
            ...EDITOR_LAYERS.map(([name, test], i) => ({
              name,
              priority: EDITOR_LAYERS.length - i,
              test: (id: string) => editorStart.has(id) && test.test(id),
            })),
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: HEADERS },
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    testTimeout: 20000,
  },
});
