import * as monaco from 'monaco-editor/editor';
import type { EditorContext } from './context';
import { cursorContext } from './expression';
import { fieldDoc, filterDoc } from './docs';

type Provider = monaco.languages.CompletionItemProvider;

/** Completes sample fields after `{{` / `{%` and domain filters after `|`, with zh/en docs. */
export function completionProvider(context: EditorContext): Provider {
  return {
    triggerCharacters: ['{', '|', '.', ' '],
    provideCompletionItems(model, position) {
      const catalog = context.catalog();
      if (!catalog) return { suggestions: [] };
      const line = model.getLineContent(position.lineNumber);
      const before = line.slice(0, position.column - 1);
      const where = cursorContext(
        model.getValueInRange({
          startLineNumber: 1,
          startColumn: 1,
          endLineNumber: position.lineNumber,
          endColumn: position.column,
        }),
      );
      if (where.kind === 'text') return { suggestions: [] };
      const startColumn = position.column - where.prefix.length;
      const range = new monaco.Range(position.lineNumber, startColumn, position.lineNumber, position.column);
      const lead = /[{|]$/.test(before.slice(0, startColumn - 1)) ? ' ' : '';
      const after = line.slice(position.column - 1);
      const tail = /^\s*[}%]\}/.test(after) ? (/^\s/.test(after) ? '' : ' ') : ' }}';
      const lang = context.lang();

      if (where.kind === 'filter') {
        const filterTail = /^\s*[|}%]/.test(after) ? (/^\s/.test(after) ? '' : ' ') : '';
        return {
          suggestions: catalog.filters.map((f, i) => ({
            label: { label: f.name, description: lang === 'zh' ? f.zh : f.en },
            kind: monaco.languages.CompletionItemKind.Function,
            detail: f.args ? `${f.name}: ${f.args}` : f.name,
            documentation: { value: filterDoc(f, context) },
            insertText: `${lead}${f.name}${filterTail}`,
            filterText: f.name,
            sortText: String(i).padStart(3, '0'),
            range,
          })),
        };
      }
      return {
        suggestions: catalog.fields
          .filter((f) => f.type !== 'list')
          .map((f, i) => {
            const tag = f.banned ? context.t('completion.banned') : f.pii ? context.t('completion.pii') : '';
            const label = lang === 'zh' ? f.zh : f.en;
            return {
              label: { label: f.path, description: tag ? `${tag} · ${label}` : label },
              kind: f.banned
                ? monaco.languages.CompletionItemKind.Reference
                : monaco.languages.CompletionItemKind.Field,
              tags: f.banned ? [monaco.languages.CompletionItemTag.Deprecated] : [],
              detail: label,
              documentation: { value: fieldDoc(f, context) },
              insertText: `${lead}${f.path}${tail}`,
              filterText: f.path,
              sortText: `${f.banned ? 'z' : 'a'}${String(i).padStart(3, '0')}`,
              range,
            };
          }),
      };
    },
  };
}
