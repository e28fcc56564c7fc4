import { canonicalJson } from '../hash/canonical-json';
import { sha256Hex } from '../hash/sha256';

/** The fields of a bundled template that its `sha256` covers. */
export interface HashedTemplate {
  id: string;
  name: string;
  stage: string;
  meta: unknown;
  source: string;
}

/** sha256Hex(canonicalJson({ id, name, stage, meta, source })) — extra fields (sha256, approval) are ignored. */
export function templateSha256(t: HashedTemplate): Promise<string> {
  const { id, name, stage, meta, source } = t;
  return sha256Hex(canonicalJson({ id, name, stage, meta, source }));
}

/** sha256Hex(canonicalJson(bundle without `bundleHash` and `signature`)). */
export function computeBundleHash(bundle: object): Promise<string> {
  const { bundleHash: _hash, signature: _signature, ...rest } = bundle as Record<string, unknown>;
  return sha256Hex(canonicalJson(rest));
}
