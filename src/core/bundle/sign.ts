import type { Bundle, BundleSignature } from './schema';
import { computeBundleHash } from './hashes';
import { fingerprint } from './fingerprint';

const ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The public members of an EC P-256 JWK, as stored in a bundle signature. */
export function publicPart(jwk: JsonWebKey): BundleSignature['publicKeyJwk'] {
  return { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' };
}

/**
 * Signs a bundle with ECDSA P-256 / SHA-256 (WebCrypto) over the UTF-8 bytes of its `bundleHash`
 * (recomputed first, so the signature always covers the content). Returns a new bundle with `signature`.
 * `privateKey` must be an ECDSA P-256 key with usage `sign`; `publicJwk` its public half.
 */
export async function signBundle(bundle: Bundle, privateKey: CryptoKey, publicJwk: JsonWebKey): Promise<Bundle> {
  const bundleHash = await computeBundleHash(bundle);
  const data = new TextEncoder().encode(bundleHash);
  const signed = new Uint8Array(await globalThis.crypto.subtle.sign(ALGORITHM, privateKey, data));
  const publicKeyJwk = publicPart(publicJwk);
  const signature: BundleSignature = {
    alg: 'ES256',
    publicKeyJwk,
    fingerprint: await fingerprint(publicKeyJwk),
    value: toBase64(signed),
  };
  return { ...bundle, bundleHash, signature };
}

/** True when `signature.value` is a valid ES256 signature of `bundleHash` by `signature.publicKeyJwk`. Never throws. */
export async function signatureIsValid(bundleHash: string, signature: BundleSignature): Promise<boolean> {
  try {
    const key = await globalThis.crypto.subtle.importKey(
      'jwk',
      publicPart(signature.publicKeyJwk),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    return await globalThis.crypto.subtle.verify(
      ALGORITHM,
      key,
      fromBase64(signature.value),
      new TextEncoder().encode(bundleHash),
    );
  } catch {
    return false;
  }
}

/** Generates an extractable ECDSA P-256 key pair and its public JWK (for tests and the export dialog). */
export async function generateSigningKey(): Promise<{
  privateKey: CryptoKey;
  publicJwk: JsonWebKey;
  privateJwk: JsonWebKey;
}> {
  const pair = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const publicJwk = await globalThis.crypto.subtle.exportKey('jwk', pair.publicKey);
  const privateJwk = await globalThis.crypto.subtle.exportKey('jwk', pair.privateKey);
  return { privateKey: pair.privateKey, publicJwk, privateJwk };
}
