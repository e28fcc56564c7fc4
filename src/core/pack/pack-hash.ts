import { canonicalJson } from '../hash/canonical-json';
import { sha256Hex } from '../hash/sha256';
import type { RulePack } from './schema';

/** SHA-256 (hex) of the canonical JSON of a pack overlay: what bundles and reports cite. */
export function packHash(pack: RulePack): Promise<string> {
  return sha256Hex(canonicalJson(pack));
}
