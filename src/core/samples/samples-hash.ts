import { canonicalJson } from '../hash/canonical-json';
import { sha256Hex } from '../hash/sha256';
import type { Sample } from './schema';

/** SHA-256 of the canonical samples sorted by id: any change to any sample changes the hash. */
export function samplesHash(samples: readonly Sample[]): Promise<string> {
  const sorted = [...samples].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sha256Hex(canonicalJson(sorted));
}
