import { fail, ok, type Result } from '../core/model';
import { createChangeNotifier } from './change-notifier';
import { DEFAULT_DB_NAME, openWorkspaceDb } from './db';
import { IdbStore } from './idb-store';
import { MemoryStore } from './memory-store';
import { Workspace, type WorkspaceOptions } from './workspace';

export interface OpenWorkspaceOptions extends Omit<WorkspaceOptions, 'notifier'> {
  /** default 'dunning-studio' */
  dbName?: string;
  /** default true: when IndexedDB cannot be opened, continue on a MemoryStore (workspace.persistent === false) */
  fallbackToMemory?: boolean;
  /** another tab upgraded the schema; this tab's connection was closed: ask the user to reload */
  onVersionChange?: () => void;
}

/**
 * Opens the workspace on IndexedDB (migrating it), or on a MemoryStore when that fails. Always ok unless
 * `fallbackToMemory` is false; the problems (`storage/unavailable`, `storage/blocked`, `storage/quota`,
 * `storage/failed`) say why it is not persistent.
 */
export async function openWorkspace(options: OpenWorkspaceOptions = {}): Promise<Result<Workspace>> {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const db = await openWorkspaceDb(dbName, options.onVersionChange ? { onVersionChange: options.onVersionChange } : {});
  const base = options.now ? { now: options.now } : {};
  if (db.ok) {
    return ok(new Workspace(new IdbStore(db.value), { ...base, notifier: createChangeNotifier(`${dbName}:changes`) }));
  }
  if (options.fallbackToMemory === false) return fail(db.problems);
  const memory = new Workspace(new MemoryStore(), {
    ...base,
    notifier: createChangeNotifier(`${dbName}:changes`, false),
  });
  return ok(memory, db.problems);
}
