import type { Result } from '../../core/model';
import type { KeyStore, SigningKey, TrustedKey } from '../../storage/keys-store';

/**
 * This browser's signing key and trusted public keys. Opened on first use (`open`), not at start-up. Without
 * IndexedDB the key is generated for this session (`persistent` false: say so).
 */
export class KeysState {
  signing = $state.raw<SigningKey | undefined>(undefined);
  trusted = $state.raw<TrustedKey[]>([]);
  persistent = $state(true);
  error = $state<string | undefined>(undefined);
  private store: KeyStore | undefined;
  private opening: Promise<void> | undefined;

  /** Opens the key store and loads (or creates, once) the signing key. Idempotent. */
  open(): Promise<void> {
    this.opening ??= this.load();
    return this.opening;
  }

  private async load(): Promise<void> {
    const [{ openKeyStore }, { problemsLine }] = await Promise.all([
      import('../../storage/keys-store'),
      import('../i18n/problems'),
    ]);
    const opened = await openKeyStore();
    if (!opened.ok) {
      this.error = problemsLine(opened.problems);
      return;
    }
    this.store = opened.value;
    this.persistent = opened.value.persistent;
    const [signing, trusted] = await Promise.all([opened.value.signingKey(), opened.value.listTrusted()]);
    if (signing.ok) this.signing = signing.value;
    else this.error = problemsLine(signing.problems);
    if (trusted.ok) this.trusted = trusted.value;
  }

  /** Trusts a public key from a .jwk file's text. */
  async addTrusted(text: string, label: string): Promise<Result<TrustedKey>> {
    await this.open();
    if (!this.store)
      return { ok: false, problems: [{ code: 'storage/unavailable', message: this.error ?? 'no key store' }] };
    const added = await this.store.addTrusted(text, label);
    if (added.ok)
      this.trusted = [...this.trusted.filter((k) => k.id !== added.value.id), added.value].sort((a, b) =>
        a.label.localeCompare(b.label),
      );
    return added;
  }

  async removeTrusted(fingerprint: string): Promise<void> {
    const r = await this.store?.removeTrusted(fingerprint);
    if (r?.ok) this.trusted = this.trusted.filter((k) => k.fingerprint !== fingerprint);
  }

  /** The public key as a .jwk file (the CLI's `--trust key.jwk`). */
  publicKeyFile(): string | undefined {
    const k = this.signing;
    return k ? `${JSON.stringify({ ...k.publicJwk, kid: k.fingerprint }, null, 2)}\n` : undefined;
  }
}

/** Compatibility for components that import the keys as a module value: the root studio's, set by `exposeStudio`. */
export let keys: KeysState;
export function exposeKeys(state: KeysState): void {
  keys = state;
}
