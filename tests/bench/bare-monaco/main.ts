// The comparison page of tests/bench/ui-latency.mjs: Monaco with the features and options the studio's editor
// offers, showing the studio's first example template, loaded the plain way (everything in one go). Monaco's own UI
// is in Chinese, as in the studio's default language: its table is set before the first Monaco module runs.
import 'monaco-editor/nls/lang/zh-cn';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/liquid/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import source from '../../../samples/templates/agency-entrusted-reminder.liquid?raw';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
monaco.editor.create(document.getElementById('editor') as HTMLElement, {
  value: source,
  language: 'liquid',
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
  glyphMargin: true,
  fixedOverflowWidgets: true,
  ariaLabel: 'Liquid template',
});
