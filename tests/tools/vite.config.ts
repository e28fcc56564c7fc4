import { defineConfig } from 'vite';

/**
 * The training script's build (`npm run train`): one Node entry with every dependency bundled in (recheck ships
 * CommonJS whose named exports Node's ESM loader cannot see) and without the app's public/ files.
 */
export default defineConfig({ publicDir: false, ssr: { noExternal: true }, build: { target: 'node20' } });
