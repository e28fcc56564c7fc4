import type * as Monaco from 'monaco-editor/editor';
import type { EditorHandle } from '../state/view.svelte';

/** What other panes may do with the editor: select a source range, apply a quick fix's edits (one undo step). */
export function editorHandle(monaco: typeof Monaco, instance: Monaco.editor.IStandaloneCodeEditor): EditorHandle {
  return {
    select(start, end) {
      const model = instance.getModel();
      if (!model) return;
      const from = model.getPositionAt(start);
      const to = model.getPositionAt(end);
      const selection = new monaco.Selection(from.lineNumber, from.column, to.lineNumber, to.column);
      instance.setSelection(selection);
      instance.revealRangeInCenterIfOutsideViewport(selection);
      instance.focus();
    },
    apply(edits) {
      const model = instance.getModel();
      if (!model) return;
      instance.pushUndoStop();
      instance.executeEdits(
        'quick-fix',
        edits.map((e) => {
          const from = model.getPositionAt(e.start);
          const to = model.getPositionAt(e.end);
          return { range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: e.text };
        }),
      );
      instance.pushUndoStop();
      instance.focus();
    },
  };
}
