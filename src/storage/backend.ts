import { ImmutableStoreError } from './errors';

/** The object stores of the workspace database (schema: db.ts). */
export const STORE_NAMES = ['templates', 'versions', 'reviews', 'settings', 'userSamples', 'audit', 'packs'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

/** In-line key of each store; `settings` uses out-of-line keys. */
export const KEY_PATHS: Record<StoreName, string | null> = {
  templates: 'id',
  versions: 'id',
  reviews: 'id',
  settings: null,
  userSamples: 'id',
  audit: 'seq',
  packs: 'revision',
};

/** Index name → indexed field, per store (db.ts creates them; MemoryStore filters by the field). */
export const INDEXES: Partial<Record<StoreName, Record<string, string>>> = {
  templates: { byUpdatedAt: 'updatedAt' },
  versions: { byTemplate: 'templateId' },
  reviews: { byTemplate: 'templateId', byVersion: 'versionId' },
};

/** Stores whose records are written once: put/update/delete are refused with ImmutableStoreError. */
export const APPEND_ONLY: readonly StoreName[] = ['versions', 'reviews', 'audit', 'packs'];

export type Key = string | number;
export interface Entry {
  key: Key;
  value: unknown;
}
export interface IndexQuery {
  index: string;
  value: Key;
}

/**
 * Raw record access shared by IdbStore and MemoryStore. Values are untrusted (`unknown`): the store modules
 * zod-parse everything they read. Methods reject with DOM-style errors (`ConstraintError` when `add` meets an
 * existing key, `QuotaExceededError`, `ImmutableStoreError`); the store modules turn them into problems.
 */
export interface StoreBackend {
  readonly kind: 'indexeddb' | 'memory';
  /** false for MemoryStore: nothing survives a reload (the UI shows "not saved"). */
  readonly persistent: boolean;
  get(store: StoreName, key: Key): Promise<unknown>;
  getAll(store: StoreName, query?: IndexQuery): Promise<Entry[]>;
  /** Write-once insert; returns the key (assigned for `audit`). */
  add(store: StoreName, value: unknown, key?: Key): Promise<Key>;
  put(store: StoreName, value: unknown, key?: Key): Promise<Key>;
  delete(store: StoreName, key: Key): Promise<void>;
  /** Atomic read-modify-write of one record: `fn` sees the stored value and may return one to write. */
  update<R>(store: StoreName, key: Key, fn: (current: unknown) => { write?: unknown; result: R }): Promise<R>;
  close(): void;
}

/** Throws ImmutableStoreError for an append-only store. */
export function assertWritable(store: StoreName): void {
  if (APPEND_ONLY.includes(store)) throw new ImmutableStoreError(`${store} is append-only`);
}
