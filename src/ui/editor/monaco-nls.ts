import type { Lang } from '../../worker/protocol';

/** The language Monaco's own UI (context menu, quick fix, find, "View Problem") was loaded in, once it is loaded. */
let loadedIn: Lang | undefined;

/**
 * NOTE: Monaco reads its translations from a global table when each label is first made, and many labels (menus,
 * actions) are made while its modules evaluate: the table must be set before the first Monaco module runs, and a
 * later language switch cannot re-translate what exists (a reload does). English is Monaco's built-in text, so only
 * Chinese loads a table (≈ 30 kB gzip).
 */
export async function loadMonacoMessages(lang: Lang): Promise<void> {
  if (loadedIn !== undefined) return;
  if (lang === 'zh') await import('monaco-editor/nls/lang/zh-cn');
  loadedIn = lang;
}

/** The language Monaco's own UI is in, or undefined before it is loaded. */
export const monacoLanguage = (): Lang | undefined => loadedIn;
