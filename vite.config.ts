import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

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
 * public/zod-jitless.js: its entry imports shared chunks that build schemas, and chunks evaluate before the entry's
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

/** Modules the page imports on start that the browser should fetch at once, with everything they import. */
const START_MODULES = [
  /[\\/]src[\\/]ui[\\/]editor[\\/]monaco\.ts$/,
  /[\\/]src[\\/]ui[\\/]editor[\\/]markers\.ts$/,
  /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]languages[\\/]definitions[\\/]liquid[\\/]liquid\.js$/,
];

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
      const css = [...wanted].flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]);
      return [
        ...[...wanted].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        })),
        ...css.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        })),
      ];
    },
  },
});

/**
 * Monaco's core in layers, lowest first, each its own chunk: src/ui/editor/load.ts evaluates them one task each
 * (all of Monaco in one go blocked the page for 0.4–0.8 s). Only modules the editor needs at start are layered;
 * what only the later features use stays with them.
 */
const EDITOR_LAYERS: [name: string, test: RegExp][] = [
  ['editor-base', /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]base[\\/]/],
  ['editor-platform', /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]platform[\\/]/],
  ['editor-common', /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]common[\\/]/],
  ['editor', /[\\/]monaco-editor[\\/]/],
];
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

export default defineConfig({
  plugins: [noEvalProbe(), cspMeta(), findEditorStart(), preloadStartChunks(), svelte()],
  base: './',
  worker: { format: 'es', plugins: () => [noEvalProbe()] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
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
