import * as monaco from 'monaco-editor/editor';
import type { EditorContext } from './context';
import { fixesFor, sourceRange } from './fixes';

/** Offers the fixes of every finding whose source range touches the requested range. */
export function quickFixProvider(context: EditorContext): monaco.languages.CodeActionProvider {
  return {
    provideCodeActions(model, range) {
      const catalog = context.catalog();
      if (!catalog) return { actions: [], dispose: () => {} };
      const source = model.getValue();
      const from = model.getOffsetAt(range.getStartPosition());
      const to = model.getOffsetAt(range.getEndPosition());
      const actions: monaco.languages.CodeAction[] = [];
      const titles = new Set<string>();
      const lineStart = model.getOffsetAt({ lineNumber: range.startLineNumber, column: 1 });
      const lineEnd = model.getOffsetAt({
        lineNumber: range.endLineNumber,
        column: model.getLineMaxColumn(range.endLineNumber),
      });
      for (const finding of context.findings()) {
        const where = sourceRange(finding);
        if (where && (where.start > to || where.end < from)) continue;
        for (const fix of fixesFor(finding, source, catalog.fields, context.t)) {
          // NOTE: a hit from data has no source range; offer its fix on the line the fix edits.
          if (!where && !fix.edits.some((e) => e.start >= lineStart && e.start <= lineEnd)) continue;
          if (titles.has(fix.title)) continue;
          titles.add(fix.title);
          actions.push({
            title: fix.title,
            kind: 'quickfix',
            isPreferred: fix.preferred,
            edit: {
              edits: fix.edits.map((e) => {
                const start = model.getPositionAt(e.start);
                const end = model.getPositionAt(e.end);
                return {
                  resource: model.uri,
                  versionId: model.getVersionId(),
                  textEdit: {
                    range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
                    text: e.text,
                  },
                };
              }),
            },
          });
        }
      }
      return { actions, dispose: () => {} };
    },
  };
}
