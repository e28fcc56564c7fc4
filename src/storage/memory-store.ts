import {
  assertWritable,
  INDEXES,
  KEY_PATHS,
  type Entry,
  type IndexQuery,
  type Key,
  type StoreBackend,
  type StoreName,
} from './backend';

const domError = (name: string, message: string): Error => Object.assign(new Error(message), { name });
const byKey = (a: Key, b: Key): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The same interface as IdbStore, in memory: the fallback when IndexedDB is unavailable, blocked or full, so
 * editing continues. `persistent` is false: the UI shows "not saved". Values are structured-cloned in and out.
 */
export class MemoryStore implements StoreBackend {
  readonly kind = 'memory' as const;
  readonly persistent = false;
  private readonly data = new Map<StoreName, Map<Key, unknown>>();
  private nextSeq = 1;

  private table(store: StoreName): Map<Key, unknown> {
    let t = this.data.get(store);
    if (!t) this.data.set(store, (t = new Map()));
    return t;
  }

  private keyOf(store: StoreName, value: unknown, key?: Key): Key {
    const path = KEY_PATHS[store];
    if (path === null) {
      if (key === undefined) throw domError('DataError', `${store} needs an explicit key`);
      return key;
    }
    const k = (value as Record<string, unknown> | null)?.[path];
    if (typeof k === 'string' || typeof k === 'number') return k;
    if (store === 'audit') return this.nextSeq;
    throw domError('DataError', `${store} record has no ${path}`);
  }

  private write(store: StoreName, value: unknown, key: Key): Key {
    const copy = structuredClone(value);
    if (store === 'audit') {
      (copy as Record<string, unknown>).seq = key;
      this.nextSeq = Math.max(this.nextSeq, Number(key) + 1);
    }
    this.table(store).set(key, copy);
    return key;
  }

  async get(store: StoreName, key: Key): Promise<unknown> {
    return structuredClone(this.table(store).get(key));
  }

  async getAll(store: StoreName, query?: IndexQuery): Promise<Entry[]> {
    const field = query ? INDEXES[store]?.[query.index] : undefined;
    if (query && field === undefined) throw domError('NotFoundError', `${store} has no index ${query.index}`);
    return [...this.table(store).entries()]
      .filter(([, v]) => !query || (v as Record<string, unknown> | null)?.[field as string] === query.value)
      .sort(([a], [b]) => byKey(a, b))
      .map(([key, value]) => ({ key, value: structuredClone(value) }));
  }

  async add(store: StoreName, value: unknown, key?: Key): Promise<Key> {
    const k = this.keyOf(store, value, key);
    if (this.table(store).has(k)) throw domError('ConstraintError', `${store}/${k} already exists`);
    return this.write(store, value, k);
  }

  async put(store: StoreName, value: unknown, key?: Key): Promise<Key> {
    assertWritable(store);
    return this.write(store, value, this.keyOf(store, value, key));
  }

  async delete(store: StoreName, key: Key): Promise<void> {
    assertWritable(store);
    this.table(store).delete(key);
  }

  async update<R>(store: StoreName, key: Key, fn: (current: unknown) => { write?: unknown; result: R }): Promise<R> {
    assertWritable(store);
    const { write, result } = fn(structuredClone(this.table(store).get(key)));
    if (write !== undefined) this.write(store, write, key);
    return result;
  }

  close(): void {}
}
