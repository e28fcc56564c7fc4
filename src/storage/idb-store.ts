import type { IDBPDatabase } from 'idb';
import {
  assertWritable,
  KEY_PATHS,
  type Entry,
  type IndexQuery,
  type Key,
  type StoreBackend,
  type StoreName,
} from './backend';

/** StoreBackend over an open IndexedDB database (see openWorkspaceDb). */
export class IdbStore implements StoreBackend {
  readonly kind = 'indexeddb' as const;
  readonly persistent = true;

  constructor(private readonly db: IDBPDatabase) {}

  get(store: StoreName, key: Key): Promise<unknown> {
    return this.db.get(store, key);
  }

  async getAll(store: StoreName, query?: IndexQuery): Promise<Entry[]> {
    const tx = this.db.transaction(store, 'readonly');
    const source = query ? tx.store.index(query.index) : tx.store;
    const range = query ? IDBKeyRange.only(query.value) : undefined;
    // NOTE: an index's getAllKeys yields primary keys, in the same order as its getAll.
    const [keys, values] = await Promise.all([source.getAllKeys(range), source.getAll(range), tx.done]);
    return keys.map((key, i) => ({ key: key as Key, value: values[i] }));
  }

  async add(store: StoreName, value: unknown, key?: Key): Promise<Key> {
    return (await this.db.add(store, value, KEY_PATHS[store] === null ? key : undefined)) as Key;
  }

  async put(store: StoreName, value: unknown, key?: Key): Promise<Key> {
    assertWritable(store);
    return (await this.db.put(store, value, KEY_PATHS[store] === null ? key : undefined)) as Key;
  }

  async delete(store: StoreName, key: Key): Promise<void> {
    assertWritable(store);
    await this.db.delete(store, key);
  }

  async update<R>(store: StoreName, key: Key, fn: (current: unknown) => { write?: unknown; result: R }): Promise<R> {
    assertWritable(store);
    const tx = this.db.transaction(store, 'readwrite');
    const current: unknown = await tx.store.get(key);
    const { write, result } = fn(current);
    if (write !== undefined) await tx.store.put(write, KEY_PATHS[store] === null ? key : undefined);
    await tx.done;
    return result;
  }

  close(): void {
    this.db.close();
  }
}
