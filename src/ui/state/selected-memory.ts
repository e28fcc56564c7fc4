const SELECTED_KEY = 'dunning-studio.selected';

/** The template selected last in this browser (localStorage), if any. */
export function readSelected(): string | undefined {
  try {
    return localStorage.getItem(SELECTED_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the selected template for the next start. */
export function writeSelected(id: string): void {
  try {
    localStorage.setItem(SELECTED_KEY, id);
  } catch {
    // NOTE: private mode may refuse storage; the selection is then not remembered.
  }
}
