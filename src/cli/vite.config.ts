import { defineConfig } from 'vite';

/**
 * The CLI build (`npm run build:cli`): two Node entries, the bin and the worker thread `--jobs` starts, sharing
 * chunks, in dist-cli/. Paths are relative to the working directory (the repo root).
 */
export default defineConfig({
  publicDir: false,
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
