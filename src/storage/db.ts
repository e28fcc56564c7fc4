import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { fail, ok, type Result } from '../core/model';
import { problemFromError } from './errors';

/** Current schema version of the workspace database. */
export const DB_VERSION = 5;
/** Default database name. */
export const DEFAULT_DB_NAME = 'dunning-studio';

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** One schema step: `up` moves a database at `version - 1` to `version`, keeping every record. */
export interface Migration {
  version: number;
  up(db: IDBPDatabase, tx: UpgradeTx): Promise<void> | void;
}

/**
 * v1: templates (keyPath id; drafts were saved last-write-wins, without `revision`) + settings (out-of-line keys).
 * v2: versions, reviews, audit; every v1 draft without a revision gets revision 1 (conflict detection starts).
 * v3: userSamples + templates index byUpdatedAt.
 * v4: keys (keyPath id): the signing key (a non-extractable CryptoKey) and trusted public keys, see keys-store.ts.
 * v5: packs (keyPath revision, append-only): every revision of the organisation's rule pack, see packs-store.ts.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up(db) {
      db.createObjectStore('templates', { keyPath: 'id' });
      db.createObjectStore('settings');
    },
  },
  {
    version: 2,
    async up(db, tx) {
      const versions = db.createObjectStore('versions', { keyPath: 'id' });
      versions.createIndex('byTemplate', 'templateId');
      const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
      reviews.createIndex('byTemplate', 'templateId');
      reviews.createIndex('byVersion', 'versionId');
      db.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true });
      let cursor = await tx.objectStore('templates').openCursor();
      while (cursor) {
        const value: unknown = cursor.value;
        if (typeof value === 'object' && value !== null && !('revision' in value)) {
          await cursor.update({ ...value, revision: 1 });
        }
        cursor = await cursor.continue();
      }
    },
  },
  {
    version: 3,
    up(db, tx) {
      db.createObjectStore('userSamples', { keyPath: 'id' });
      tx.objectStore('templates').createIndex('byUpdatedAt', 'updatedAt');
    },
  },
  {
    version: 4,
    up(db) {
      db.createObjectStore('keys', { keyPath: 'id' });
    },
  },
  {
    version: 5,
    up(db) {
      db.createObjectStore('packs', { keyPath: 'revision' });
    },
  },
];

/** Runs the migrations after `oldVersion` up to `newVersion`, in order, inside the upgrade transaction. */
export async function migrate(db: IDBPDatabase, tx: UpgradeTx, oldVersion: number, newVersion: number): Promise<void> {
  for (const m of MIGRATIONS) {
    if (m.version > oldVersion && m.version <= newVersion) await m.up(db, tx);
  }
}

export interface OpenDbOptions {
  /** schema version to open; default DB_VERSION (tests open older ones to seed old data) */
  version?: number;
  /** another tab wants a newer schema: this connection was closed; the UI should ask for a reload */
  onVersionChange?: () => void;
}

/**
 * Opens (creating or migrating) the workspace database. Never throws. Problems: `storage/unavailable`
 * (no IndexedDB, private mode, a newer schema on disk), `storage/blocked` (an open tab holds an older
 * version and does not close), `storage/quota`.
 */
export function openWorkspaceDb(
  name: string = DEFAULT_DB_NAME,
  options: OpenDbOptions = {},
): Promise<Result<IDBPDatabase>> {
  const version = options.version ?? DB_VERSION;
  if (typeof globalThis.indexedDB === 'undefined' || globalThis.indexedDB === null) {
    return Promise.resolve(fail([{ code: 'storage/unavailable', message: 'IndexedDB is not available here' }]));
  }
  return new Promise((resolve) => {
    let settled = false;
    let opened: IDBPDatabase | undefined;
    const settle = (r: Result<IDBPDatabase>): void => {
      if (!settled) resolve(r);
      settled = true;
    };
    let request: Promise<IDBPDatabase>;
    try {
      request = openDB(name, version, {
        upgrade(db, oldVersion, newVersion, tx) {
          migrate(db, tx as unknown as UpgradeTx, oldVersion, newVersion ?? version).catch(() => tx.abort());
        },
        blocked() {
          settle(
            fail([{ code: 'storage/blocked', message: 'another tab keeps an older version of the workspace open' }]),
          );
        },
        blocking() {
          opened?.close();
          options.onVersionChange?.();
        },
      });
    } catch (e) {
      settle(fail([problemFromError(e, `open ${name}`)]));
      return;
    }
    request.then(
      (db) => {
        opened = db;
        if (settled) db.close();
        settle(ok(db));
      },
      (e: unknown) => {
        const p = problemFromError(e, `open ${name}`);
        settle(fail([p.code === 'storage/quota' ? p : { ...p, code: 'storage/unavailable' }]));
      },
    );
  });
}
