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
 * `globalThis.__zod_globalConfig` and skips the probe under `jitless`, so every entry (the page and each
 * `*.worker.ts`) imports this setting before anything else.
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
    /\/src\/(ui\/main|worker\/[\w-]+\.worker)\.ts$/.test(id)
      ? { code: `import '${NO_EVAL_ID}';\n${code}`, map: null }
      : undefined,
});

export default defineConfig({
  plugins: [noEvalProbe(), cspMeta(), svelte()],
  base: './',
  worker: { format: 'es', plugins: () => [noEvalProbe()] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: HEADERS },
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    testTimeout: 20000,
  },
});
