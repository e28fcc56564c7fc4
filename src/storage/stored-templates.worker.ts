import { openWorkspace } from './open-workspace';

/**
 * Reads and validates (zod, as the store does) the stored templates off the main thread: the page shows a stored
 * workspace without loading the store's code and zod before its editor. Answers once with a `Result<TemplateDraft[]>`
 * (fails when IndexedDB cannot be opened: the page then opens the store itself and says why).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
void (async () => {
  const opened = await openWorkspace({ fallbackToMemory: false });
  if (!opened.ok) return scope.postMessage(opened);
  const listed = await opened.value.listTemplates();
  opened.value.close();
  scope.postMessage(listed);
})();
