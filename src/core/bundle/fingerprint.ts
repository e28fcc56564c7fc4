import { canonicalJson } from '../hash/canonical-json';
import { sha256Hex } from '../hash/sha256';

/**
 * Fingerprint of an EC public key: SHA-256 of canonical `{ crv, kty, x, y }`, the first 16 bytes as
 * colon-separated lowercase hex pairs, e.g. `3f:a2:…:9c` (47 characters). Private members (`d`) are ignored.
 */
export async function fingerprint(jwk: JsonWebKey): Promise<string> {
  const hex = await sha256Hex(canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }));
  return (hex.slice(0, 32).match(/../g) ?? []).join(':');
}
