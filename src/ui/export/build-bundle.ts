import { createBundle, signBundle, verifyBundle, type BundleInput, type VerifiedBundle } from '../../core/model';
import { fail, ok, type Result } from '../../core/model';

/** A signing key: the private half may be non-extractable; `publicJwk` is its public half. */
export interface Signer {
  privateKey: CryptoKey;
  publicJwk: JsonWebKey;
}

/**
 * Creates the bundle, signs it when a signer is given, and verifies the exact text that will be downloaded
 * (hashes, approvals, expiry, signature by that key; unsigned only when no signer is given) before returning it.
 * Problems: `export/empty`, any `bundle/*` code from verifyBundle, `internal`. Never throws.
 */
export async function buildVerifiedBundle(
  input: BundleInput,
  signer?: Signer,
): Promise<Result<{ bundle: VerifiedBundle; text: string }>> {
  if (input.templates.length === 0)
    return fail([{ code: 'export/empty', message: 'choose at least one approved template' }]);
  try {
    const unsigned = await createBundle(input);
    const bundle = signer ? await signBundle(unsigned, signer.privateKey, signer.publicJwk) : unsigned;
    const text = `${JSON.stringify(bundle, null, 2)}\n`;
    const verified = await verifyBundle(text, signer ? { trustedKeys: [signer.publicJwk] } : { allowUnsigned: true });
    return verified.ok ? ok({ bundle: verified.value, text }) : fail(verified.problems);
  } catch (e) {
    return fail([
      { code: 'internal', message: `building the bundle failed: ${e instanceof Error ? e.message : String(e)}` },
    ]);
  }
}
