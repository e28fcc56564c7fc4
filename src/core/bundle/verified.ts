import type { Bundle } from './schema';

/** `T` with every member and array read-only, all the way down. */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Who signed a verified bundle, as far as the caller's trusted keys tell: `trusted` (one of them), `untrusted` (a
 * valid signature by another key, accepted because the caller allowed it) or `unsigned` (accepted likewise).
 */
export type BundleTrust =
  { kind: 'trusted'; fingerprint: string } | { kind: 'untrusted'; fingerprint: string } | { kind: 'unsigned' };

const TOKEN: unique symbol = Symbol('verifyBundle');

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const member of Object.values(value)) deepFreeze(member);
  return Object.freeze(value);
}

// NOTE: the interface merges the bundle's members into the class; the private field makes the type nominal.
export interface VerifiedBundle extends DeepReadonly<Bundle> {}

/**
 * A bundle `verifyBundle` accepted: its members as verified, deeply frozen, plus `trust`. Nothing else makes one: the
 * constructor refuses callers without the module's token, and `isVerifiedBundle` checks the private field, which
 * an object literal, a spread copy, a JSON round trip or a Proxy does not have.
 */
export class VerifiedBundle {
  readonly #trust: BundleTrust;

  constructor(token: typeof TOKEN, bundle: Bundle, trust: BundleTrust) {
    if (token !== TOKEN) throw new TypeError('a VerifiedBundle comes from verifyBundle only');
    Object.assign(this, deepFreeze(bundle));
    this.#trust = Object.freeze({ ...trust });
    Object.freeze(this);
  }

  /** Who signed it, relative to the trusted keys given to verifyBundle. */
  get trust(): BundleTrust {
    return this.#trust;
  }

  static has(value: unknown): boolean {
    return typeof value === 'object' && value !== null && #trust in value;
  }
}

/** Wraps a bundle that passed every check. For verifyBundle only. */
export function markVerified(bundle: Bundle, trust: BundleTrust): VerifiedBundle {
  return new VerifiedBundle(TOKEN, bundle, trust);
}

/** True only for a bundle returned by verifyBundle (checked at run time, so plain JS objects are refused too). */
export function isVerifiedBundle(value: unknown): value is VerifiedBundle {
  return VerifiedBundle.has(value);
}
