import { canonicalJson } from '../hash/canonical-json';
import { sha256Hex } from '../hash/sha256';

/** The inputs an approval is bound to. */
export interface HashedContent {
  source: string;
  meta: unknown;
  rulesetHash: string;
  samplesHash: string;
}

/**
 * sha256Hex(canonicalJson({ source, meta, rulesetHash, samplesHash })): the same content always gives the same
 * hash (key order and `undefined` members do not matter); any change to one of the four gives another.
 */
export function contentHash(content: HashedContent): Promise<string> {
  const { source, meta, rulesetHash, samplesHash } = content;
  return sha256Hex(canonicalJson({ source, meta, rulesetHash, samplesHash }));
}
