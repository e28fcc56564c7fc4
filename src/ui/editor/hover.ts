import * as monaco from 'monaco-editor/editor';
import type { EditorContext } from './context';
import { fieldDoc, filterDoc } from './docs';
import { cursorContext, isFilterPosition, tokenAt } from './expression';

/** Hover over a variable shows its label, PII status and value in the selected sample; over a filter, its docs. */
export function hoverProvider(context: EditorContext): monaco.languages.HoverProvider {
  return {
    provideHover(model, position) {
      const catalog = context.catalog();
      if (!catalog) return null;
      const line = model.getLineContent(position.lineNumber);
      const token = tokenAt(line, position.column - 1);
      if (!token) return null;
      const before = model.getValueInRange(new monaco.Range(1, 1, position.lineNumber, token.start + 1));
      if (cursorContext(before).kind === 'text') return null;
      const range = new monaco.Range(position.lineNumber, token.start + 1, position.lineNumber, token.end + 1);
      if (isFilterPosition(line, token.start)) {
        const filter = catalog.filters.find((f) => f.name === token.text);
        return filter ? { range, contents: [{ value: filterDoc(filter, context) }] } : null;
      }
      const path = token.text.replace(/\[\d+\]/g, '');
      const field = catalog.fields.find((f) => f.path === path);
      return field ? { range, contents: [{ value: fieldDoc(field, context) }] } : null;
    },
  };
}
