import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/liquid/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/suggest/register';
// NOTE: features/suggest only adds inline suggestions; the completion widget itself lives in the suggest controller.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/bracketMatching/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import type { EditorContext } from './context';
import { completionProvider } from './completion';
import { hoverProvider } from './hover';
import { quickFixProvider } from './quick-fixes';

export { monaco };
export const LANGUAGE_ID = 'liquid';

let registered = false;

function registerOnce(context: EditorContext): void {
  if (registered) return;
  registered = true;
  self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
  monaco.languages.registerCompletionItemProvider(LANGUAGE_ID, completionProvider(context));
  monaco.languages.registerHoverProvider(LANGUAGE_ID, hoverProvider(context));
  monaco.languages.registerCodeActionProvider(LANGUAGE_ID, quickFixProvider(context), {
    providedCodeActionKinds: ['quickfix'],
  });
}

/** Creates the template editor in `container` with the language features wired to `context`. */
export function createEditor(
  container: HTMLElement,
  value: string,
  context: EditorContext,
): monaco.editor.IStandaloneCodeEditor {
  registerOnce(context);
  return monaco.editor.create(container, {
    value,
    language: LANGUAGE_ID,
    automaticLayout: true,
    minimap: { enabled: false },
    wordWrap: 'on',
    lineNumbers: 'on',
    fontSize: 14,
    lineHeight: 22,
    scrollBeyondLastLine: false,
    renderLineHighlight: 'line',
    unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true },
    quickSuggestions: { other: true, comments: false, strings: true },
    suggestOnTriggerCharacters: true,
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
    fixedOverflowWidgets: true,
    ariaLabel: 'Liquid template',
  });
}
