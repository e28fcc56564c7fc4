import type { Result, TemplateDraft } from '../../core/model';
import { DEFAULT_DB_NAME, openWorkspaceDb } from '../../storage/db';
import StoredTemplatesWorker from '../../storage/stored-templates.worker?worker';

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

/** A read of the stored templates under way; `cancel` stops it (its answer is then undefined). */
export interface StoredTemplatesRead {
  answer: Promise<Result<TemplateDraft[]> | undefined>;
  cancel(): void;
}

/** How long the worker may take before the caller reads the templates through the store instead. */
const WORKER_WAIT_MS = 5000;

/**
 * Starts reading the stored templates in a worker of their own, which validates them as the store does (newest first,
 * corrupt ones as problems). The answer is undefined where there are no workers or the read fails or takes longer
 * than WORKER_WAIT_MS: the caller then reads them through the store.
 */
export function readStoredTemplates(): StoredTemplatesRead {
  let worker: Worker | undefined;
  let done: (answer: Result<TemplateDraft[]> | undefined) => void = () => undefined;
  const answer = new Promise<Result<TemplateDraft[]> | undefined>((resolve) => {
    const watchdog = setTimeout(() => done(undefined), WORKER_WAIT_MS);
    done = (value) => {
      clearTimeout(watchdog);
      worker?.terminate();
      resolve(value);
    };
  });
  try {
    if (typeof Worker === 'undefined') throw new Error('no workers here');
    worker = new StoredTemplatesWorker();
    worker.onmessage = (event: MessageEvent<Result<TemplateDraft[]>>) => done(event.data);
    worker.onerror = () => done(undefined);
  } catch {
    done(undefined);
  }
  return { answer, cancel: () => done(undefined) };
}
