import { DEFAULT_DB_NAME, openWorkspaceDb } from '../../storage/db';

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
