import { verifyBundle, type Problem, type VerifyOptions } from '../runtime/index';
import { BUNDLE_WORDS, type Words } from './lang';
import { trustedKeys } from './trust';

/** The trust flags shared by `verify` and `render`. */
export interface TrustFlags {
  trust?: string[] | undefined;
  'allow-unsigned'?: boolean | undefined;
  'allow-untrusted'?: boolean | undefined;
}

export const TRUST_OPTIONS = {
  trust: { type: 'string', multiple: true },
  'allow-unsigned': { type: 'boolean' },
  'allow-untrusted': { type: 'boolean' },
} as const;

export const TRUST_USAGE = `trust: the bundle must be signed by a key given with --trust (JWK, JWK Set or fingerprint);
       --allow-untrusted accepts a valid signature by any other key (warning names its fingerprint),
       --allow-unsigned accepts a bundle without signature (with a warning)`;

/** What verifyBundle returns on success (a verified, read-only bundle carrying `trust`). */
export type Verified = Extract<Awaited<ReturnType<typeof verifyBundle>>, { ok: true }>['value'];

export type TrustedBundle =
  { ok: true; bundle: Verified; warnings: Words[] } | { ok: false; problems: Problem[]; trustOnly: boolean };

const TRUST_CODES = new Set(['bundle/unsigned', 'bundle/untrusted-key']);

/** The verifyBundle options of the trust flags (key files read here), judged at `now` (default: the current time). */
export function verifyOptions(flags: TrustFlags, now?: Date): VerifyOptions {
  const keys = trustedKeys(flags.trust);
  return {
    ...(keys === undefined ? {} : { trustedKeys: keys }),
    allowUnsigned: flags['allow-unsigned'] === true,
    allowUntrusted: flags['allow-untrusted'] === true,
    ...(now === undefined ? {} : { now }),
  };
}

/**
 * Verifies a bundle's text (schema, hashes, signature, expiry) with the trust policy of the flags: it must be
 * signed by a key of `--trust`, unless `--allow-untrusted` (a valid signature by another key; without `--trust`,
 * every key is another key) or `--allow-unsigned` (no signature) waives that, with a warning.
 */
export async function verifyTrusted(text: string, file: string, flags: TrustFlags, now?: Date): Promise<TrustedBundle> {
  const result = await verifyBundle(text, verifyOptions(flags, now));
  if (!result.ok) {
    return { ok: false, problems: result.problems, trustOnly: result.problems.every((p) => TRUST_CODES.has(p.code)) };
  }
  const trust = result.value.trust;
  const warnings =
    trust.kind === 'unsigned'
      ? [BUNDLE_WORDS.acceptedUnsigned(file)]
      : trust.kind === 'untrusted'
        ? [BUNDLE_WORDS.acceptedUntrusted(file, trust.fingerprint)]
        : [];
  return { ok: true, bundle: result.value, warnings };
}
