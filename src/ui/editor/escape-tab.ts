import * as monaco from 'monaco-editor/editor';
import { focusOutside } from './focus-out';

const MODIFIERS: readonly monaco.KeyCode[] = [
  monaco.KeyCode.Shift,
  monaco.KeyCode.Ctrl,
  monaco.KeyCode.Alt,
  monaco.KeyCode.Meta,
];

/**
 * Esc then Tab (or Shift+Tab) leaves the editor, whatever Monaco's tab focus mode (Ctrl+M) is: a keyboard user is
 * never trapped. Esc still does what it does in Monaco first (closes the suggest list, the find widget …).
 */
export function leaveOnEscapeTab(editor: monaco.editor.ICodeEditor, container: HTMLElement): monaco.IDisposable {
  let escaped = false;
  return editor.onKeyDown((e) => {
    // Shift pressed on its way to Shift+Tab is not a key of its own.
    if (MODIFIERS.includes(e.keyCode)) return;
    const plainTab = e.keyCode === monaco.KeyCode.Tab && !e.ctrlKey && !e.altKey && !e.metaKey;
    if (escaped && plainTab && focusOutside(container, e.shiftKey)) {
      e.preventDefault();
      e.stopPropagation();
    }
    escaped = e.keyCode === monaco.KeyCode.Escape;
  });
}
