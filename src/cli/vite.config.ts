import { defineConfig } from 'vite';

/**
 * The CLI build (`npm run build:cli`): two Node entries, the bin and the worker thread `--jobs` starts, sharing
 * chunks, in dist-cli/. Paths are relative to the working directory (the repo root).
 */
export default defineConfig({
  publicDir: false,
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
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
