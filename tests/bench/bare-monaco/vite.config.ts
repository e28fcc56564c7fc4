import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the bare Monaco page the UI latency bench compares the studio with (`--outDir` given by the bench). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 8192, emptyOutDir: true },
});
