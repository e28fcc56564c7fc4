import type { Problem } from '../result';
import type { Bundle } from './schema';
import { fingerprint } from './fingerprint';
import { signatureIsValid } from './sign';
import type { BundleTrust } from './verified';

export interface TrustOptions {
  /**
   * Keys the bundle must be signed by: public JWKs and/or fingerprints (`fingerprint(jwk)`). A signature by any
   * other key is `bundle/untrusted-key`, no signature `bundle/unsigned` (unless allowed below); absent, no key is
   * trusted. A JWK with its private part `d` is `bundle/private-key`.
   */
  trustedKeys?: readonly (JsonWebKey | string)[];
  /** Accept a bundle without signature (`trust.kind` says `unsigned`). Default false. */
  allowUnsigned?: boolean;
  /**
   * Accept a valid signature by a key not among `trustedKeys` (without `trustedKeys`: by any key); `trust.kind`
   * says `untrusted`, with its fingerprint. Default false.
   */
  allowUntrusted?: boolean;
}

/** Checks the signature (when present) and the signer against the options; says who signed. */
export async function signatureProblems(
  bundle: Bundle,
  opts: TrustOptions,
): Promise<{ problems: Problem[]; trust: BundleTrust }> {
  const sig = bundle.signature;
  // a trusted key carrying its private part `d` has leaked: whoever holds that file can sign anything
  const leaked = opts.trustedKeys?.some((k) => typeof k === 'object' && k !== null && 'd' in k);
  if (leaked) {
    const message = 'a trusted key includes its private part ("d"): trust only public keys, and replace the leaked key';
    return { problems: [{ code: 'bundle/private-key', message }], trust: { kind: 'unsigned' } };
  }
  if (!sig) {
    if (opts.allowUnsigned === true) return { problems: [], trust: { kind: 'unsigned' } };
    const why = opts.trustedKeys ? 'trusted keys were required' : 'pass trustedKeys, or allowUnsigned to accept it';
    return {
      problems: [{ code: 'bundle/unsigned', message: `bundle is not signed: ${why}` }],
      trust: { kind: 'unsigned' },
    };
  }
  const problems: Problem[] = [];
  const actual = await fingerprint(sig.publicKeyJwk);
  if (actual !== sig.fingerprint) {
    problems.push({
      code: 'bundle/signature',
      message: `signature.fingerprint is not the key's fingerprint (${actual})`,
      path: ['signature', 'fingerprint'],
      params: { reason: 'fingerprint', fingerprint: actual },
    });
  }
  if (!(await signatureIsValid(bundle.bundleHash, sig))) {
    problems.push({
      code: 'bundle/signature',
      message: 'signature is not valid for bundleHash with the included key',
      path: ['signature', 'value'],
    });
  }
  const trusted = await Promise.all(
    (opts.trustedKeys ?? []).map((k) => (typeof k === 'string' ? k.toLowerCase() : fingerprint(k))),
  );
  if (trusted.includes(actual)) return { problems, trust: { kind: 'trusted', fingerprint: actual } };
  if (opts.allowUntrusted !== true) {
    problems.push({
      code: 'bundle/untrusted-key',
      message: opts.trustedKeys
        ? `signed by key ${actual}, which is not among the trusted keys`
        : `signed by key ${actual}, but no trusted keys were given: pass trustedKeys, or allowUntrusted to accept it`,
      path: ['signature', 'publicKeyJwk'],
      params: { fingerprint: actual },
    });
  }
  return { problems, trust: { kind: 'untrusted', fingerprint: actual } };
}
