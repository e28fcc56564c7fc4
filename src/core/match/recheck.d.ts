/**
 * recheck's pure-JavaScript build (no worker, no child process, no node:*); its `index.js` would start the native
 * binary or the JAR. A CommonJS module: bundlers give its exports by name, Node's ESM loader only as `default`.
 */
declare module 'recheck/lib/browser.js' {
  import type { checkSync as CheckSync } from 'recheck';
  export const checkSync: typeof CheckSync | undefined;
  const recheck: { checkSync: typeof CheckSync };
  export default recheck;
}
