// The few platform types core uses, for the core-only typecheck (no DOM, no node types). Web Crypto exists in
// browsers, workers and Node 20 alike; the root tsconfig takes these from lib.dom instead.
interface JsonWebKey {
  kty?: string;
  crv?: string;
  x?: string;
  y?: string;
  d?: string;
  [key: string]: unknown;
}
interface CryptoKey {
  readonly type: string;
  readonly extractable: boolean;
}
interface SubtleCrypto {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
  importKey(
    format: 'jwk',
    key: JsonWebKey,
    algorithm: object,
    extractable: boolean,
    usages: string[],
  ): Promise<CryptoKey>;
  sign(algorithm: object, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: object, key: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  generateKey(
    algorithm: object,
    extractable: boolean,
    usages: string[],
  ): Promise<{ publicKey: CryptoKey; privateKey: CryptoKey }>;
  exportKey(format: 'jwk', key: CryptoKey): Promise<JsonWebKey>;
}
declare var crypto: { readonly subtle: SubtleCrypto };
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
interface ImportMeta {
  glob<T = unknown>(pattern: string, options: { eager: true; import: 'default'; query?: string }): Record<string, T>;
}
