import type { IDBPDatabase } from 'idb';
import { z } from 'zod';
import { bundleSignatureSchema } from '../core/model';
import { fingerprint } from '../core/model';
import { publicPart } from '../core/model';
import { parseJson } from '../core/model';
import { fail, ok, problemsFromZod, type Problem, type Result } from '../core/model';
import { DEFAULT_DB_NAME, openWorkspaceDb } from './db';
import { problemFromError } from './errors';

const publicJwkSchema = bundleSignatureSchema.shape.publicKeyJwk;
/** The public members of an EC P-256 key, as bundles carry them. */
export type PublicJwk = z.infer<typeof publicJwkSchema>;

const isoTime = z.iso.datetime({ offset: true });
const isPrivateEcKey = (v: unknown): v is CryptoKey =>
  typeof CryptoKey !== 'undefined' &&
  v instanceof CryptoKey &&
  v.type === 'private' &&
  v.algorithm.name === 'ECDSA' &&
  v.usages.includes('sign');

const SIGNING_ID = 'signing';
const signingSchema = z.strictObject({
  id: z.literal(SIGNING_ID),
  kind: z.literal('signing'),
  privateKey: z.custom<CryptoKey>(isPrivateEcKey, 'expected a private ECDSA CryptoKey usable for signing'),
  publicJwk: publicJwkSchema,
  fingerprint: z.string().min(1),
  createdAt: isoTime,
});
/** This browser's signing key: the private half never leaves WebCrypto (non-extractable). */
export type SigningKey = z.infer<typeof signingSchema>;

const trustedSchema = z.strictObject({
  id: z.string().startsWith('trusted:'),
  kind: z.literal('trusted'),
  publicJwk: publicJwkSchema,
  fingerprint: z.string().min(1),
  label: z.string(),
  addedAt: isoTime,
});
/** Another signer's public key whose bundles this browser accepts. */
export type TrustedKey = z.infer<typeof trustedSchema>;

interface Backend {
  get(id: string): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  add(value: { id: string }): Promise<void>;
  put(value: { id: string }): Promise<void>;
  delete(id: string): Promise<void>;
  close(): void;
}

function idbBackend(db: IDBPDatabase): Backend {
  return {
    get: (id) => db.get('keys', id),
    getAll: () => db.getAll('keys'),
    add: async (v) => void (await db.add('keys', v)),
    put: async (v) => void (await db.put('keys', v)),
    delete: (id) => db.delete('keys', id),
    close: () => db.close(),
  };
}

function memoryBackend(): Backend {
  // NOTE: CryptoKeys are kept as they are (not cloned); they are immutable.
  const data = new Map<string, unknown>();
  return {
    get: async (id) => data.get(id),
    getAll: async () => [...data.values()],
    add: async (v) => {
      if (data.has(v.id)) throw Object.assign(new Error(`keys/${v.id} already exists`), { name: 'ConstraintError' });
      data.set(v.id, v);
    },
    put: async (v) => void data.set(v.id, v),
    delete: async (id) => void data.delete(id),
    close: () => {},
  };
}

async function attempt<T>(what: string, run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (e) {
    return fail([problemFromError(e, what)]);
  }
}

/**
 * Checks that a JWK (or a .jwk file's text: `keys/json` with line:column, or for a key given twice) is a usable EC
 * P-256 public key (`keys/private` for a private JWK); returns its public part and fingerprint.
 */
export async function parsePublicJwk(
  json: unknown,
  file?: string,
): Promise<Result<{ publicJwk: PublicJwk; fingerprint: string }>> {
  let value = json;
  if (typeof json === 'string') {
    const parsed = parseJson(json, 'keys/json', file);
    if (!parsed.ok) return fail(parsed.problems);
    value = parsed.value;
  }
  if (typeof value === 'object' && value !== null && 'd' in value) {
    // keeping only the public half would hide that the private key has left its owner
    return fail([
      {
        code: 'keys/private',
        message: 'this is a private key ("d"): trust the public key only, and have its owner replace the leaked key',
      },
    ]);
  }
  const parsed = publicJwkSchema.safeParse(
    typeof value === 'object' && value !== null ? publicPart(value as JsonWebKey) : value,
  );
  if (!parsed.success) return fail(problemsFromZod(parsed.error.issues, 'keys/invalid'));
  try {
    await globalThis.crypto.subtle.importKey('jwk', parsed.data, { name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'verify',
    ]);
  } catch (e) {
    return fail([
      { code: 'keys/invalid', message: `not a P-256 public key: ${e instanceof Error ? e.message : String(e)}` },
    ]);
  }
  return ok({ publicJwk: parsed.data, fingerprint: await fingerprint(parsed.data) });
}

/** The keys of this browser: one signing key (created on first use) and the trusted public keys of other signers. */
export class KeyStore {
  private pending: Promise<Result<SigningKey>> | undefined;

  constructor(
    private readonly backend: Backend,
    readonly persistent: boolean,
    private readonly now: () => string,
  ) {}

  /**
   * The signing key, generated once (ECDSA P-256, private key non-extractable) and kept. Concurrent first calls
   * (two tabs) end up with the same stored key. Problems: `storage/corrupt` (stored record unreadable), others.
   */
  signingKey(): Promise<Result<SigningKey>> {
    this.pending ??= this.loadOrCreate().then((r) => {
      if (!r.ok) this.pending = undefined;
      return r;
    });
    return this.pending;
  }

  private async loadOrCreate(): Promise<Result<SigningKey>> {
    return attempt('read keys/signing', async () => {
      const stored = await this.readSigning();
      if (stored) return stored;
      const pair = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
        'sign',
        'verify',
      ]);
      const publicJwk = publicPart(await globalThis.crypto.subtle.exportKey('jwk', pair.publicKey));
      const record: SigningKey = {
        id: SIGNING_ID,
        kind: 'signing',
        privateKey: pair.privateKey,
        publicJwk,
        fingerprint: await fingerprint(publicJwk),
        createdAt: this.now(),
      };
      try {
        await this.backend.add(record);
      } catch (e) {
        if ((e as { name?: unknown }).name !== 'ConstraintError') throw e;
        return (await this.readSigning()) ?? fail([problemFromError(e, 'save keys/signing')]);
      }
      return ok(record);
    });
  }

  private async readSigning(): Promise<Result<SigningKey> | undefined> {
    const raw = await this.backend.get(SIGNING_ID);
    if (raw === undefined) return undefined;
    const parsed = signingSchema.safeParse(raw);
    return parsed.success
      ? ok(parsed.data)
      : fail(problemsFromZod(parsed.error.issues, 'storage/corrupt', `keys/${SIGNING_ID}`));
  }

  /** Trusted public keys, by label; corrupt records are skipped and reported. */
  listTrusted(): Promise<Result<TrustedKey[]>> {
    return attempt('read keys', async () => {
      const items: TrustedKey[] = [];
      const problems: Problem[] = [];
      for (const raw of await this.backend.getAll()) {
        if ((raw as { kind?: unknown } | null)?.kind !== 'trusted') continue;
        const parsed = trustedSchema.safeParse(raw);
        if (parsed.success) items.push(parsed.data);
        else
          problems.push(
            ...problemsFromZod(parsed.error.issues, 'storage/corrupt', `keys/${String((raw as { id?: unknown }).id)}`),
          );
      }
      return ok(
        items.sort((a, b) => a.label.localeCompare(b.label) || a.fingerprint.localeCompare(b.fingerprint)),
        problems,
      );
    });
  }

  /** Trusts a public key (a JWK or its JSON text); adding the same key again replaces its label. */
  async addTrusted(jwk: unknown, label: string): Promise<Result<TrustedKey>> {
    const parsed = await parsePublicJwk(jwk);
    if (!parsed.ok) return fail(parsed.problems);
    const { publicJwk, fingerprint: fp } = parsed.value;
    const record: TrustedKey = {
      id: `trusted:${fp}`,
      kind: 'trusted',
      publicJwk,
      fingerprint: fp,
      label: label.trim() || fp,
      addedAt: this.now(),
    };
    return attempt(`save keys/${record.id}`, async () => (await this.backend.put(record), ok(record)));
  }

  removeTrusted(fp: string): Promise<Result<true>> {
    return attempt(
      `delete keys/trusted:${fp}`,
      async () => (await this.backend.delete(`trusted:${fp}`), ok(true as const)),
    );
  }

  close(): void {
    this.backend.close();
  }
}

export interface OpenKeyStoreOptions {
  /** default 'dunning-studio' (the workspace database) */
  dbName?: string;
  /** ISO time source; default now */
  now?: () => string;
  /** default true: without IndexedDB, keys live in memory for this session (`persistent === false`) */
  fallbackToMemory?: boolean;
}

/**
 * Opens the keys of the workspace database (schema v4). When IndexedDB cannot be opened the store is in memory:
 * the signing key is then generated per session, and the problems say why.
 */
export async function openKeyStore(options: OpenKeyStoreOptions = {}): Promise<Result<KeyStore>> {
  const now = options.now ?? (() => new Date().toISOString());
  const db = await openWorkspaceDb(options.dbName ?? DEFAULT_DB_NAME);
  if (db.ok) return ok(new KeyStore(idbBackend(db.value), true, now));
  if (options.fallbackToMemory === false) return fail(db.problems);
  return ok(new KeyStore(memoryBackend(), false, now), db.problems);
}
