import type { zhEditor } from '../messages-editor';

/** The English side of ../messages-editor.ts (loaded only when the UI is in English). */
export const enEditor: Record<keyof typeof zhEditor, string> = {
  'editor.aria':
    'Liquid template editor. Tab types a tab: press Ctrl+M so that Tab / Shift+Tab move out of the editor, or press Esc then Tab to leave it.',
  'editor.keyboardHelp': 'Ctrl+M: Tab moves out · Esc then Tab: leave the editor',
  'editor.menusAfterReload':
    'The editor’s own menus (right-click menu, quick fix, find) switch to English after the page is reloaded.',
  'editor.reload': 'Reload',
  'marker.basis': 'Basis: {list}',
  'marker.moreBasis': 'and {count} more',
  'marker.openRule': 'Open in the rule catalog',
  'findings.status': 'Check result: {verdict}, {count} findings ({errors} errors, {warnings} warnings, {infos} info)',
  'findings.statusNone': 'Check result: {verdict}, no findings',
};
