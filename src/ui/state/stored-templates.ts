import type { Result, TemplateDraft } from '../../core/model';
import { DEFAULT_DB_NAME, openWorkspaceDb } from '../../storage/db';
import StoredTemplatesWorker from '../../worker/stored-templates.worker?worker';

/**
 * Whether the stored workspace holds no template (a first visit), asked of IndexedDB itself: the store's code, and
 * zod that validates what it reads, are then not needed to show the examples. Not knowing (no IndexedDB, a blocked
 * upgrade) counts as not empty: the store opens at once and says why.
 */
export async function noStoredTemplates(name = DEFAULT_DB_NAME): Promise<boolean> {
  const db = await openWorkspaceDb(name);
  if (!db.ok) return false;
  try {
    return (await db.value.count('templates')) === 0;
  } catch {
    return false;
  } finally {
    db.value.close();
  }
}

/**
 * The stored templates, read and validated in a worker of their own (newest first, corrupt ones as problems), or
 * undefined where there are no workers or it fails: the caller then reads them through the store.
 */
export function readStoredTemplates(): Promise<Result<TemplateDraft[]> | undefined> {
  if (typeof Worker === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new StoredTemplatesWorker();
    } catch {
      return resolve(undefined);
    }
    const done = (answer: Result<TemplateDraft[]> | undefined): void => {
      worker.terminate();
      resolve(answer);
    };
    worker.onmessage = (event: MessageEvent<Result<TemplateDraft[]>>) => done(event.data);
    worker.onerror = () => done(undefined);
  });
}
