/**
 * What the sending system imports (Node 20, no DOM): verify a bundle before loading it, then render its
 * templates with the same engine, filters and limits as the editor.
 *
 * ```ts
 * const loaded = await verifyBundle(fileText, { trustedKeys: [publicJwk] });
 * if (!loaded.ok) throw refuse(loaded.problems);
 * const sms = renderFromBundle(loaded.value, 'd-plus-1', borrowerData); // Result<{ text, segments, encoding, units }>
 * ```
 */
export { verifyBundle, fingerprint, type VerifyOptions } from '../core/bundle/index';
export type { Bundle, BundleTemplate, BundlePolicy } from '../core/bundle/index';
export type { Problem, Result } from '../core/result';
export type { SampleData } from '../core/samples/schema';
export { renderFromBundle, type RenderedMessage } from './render-from-bundle';
