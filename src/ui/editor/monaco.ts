import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/liquid/register';
import { getEditorFeatures } from 'monaco-editor/editor/common/editorFeatures';
import { StandaloneServices } from 'monaco-editor/editor/standalone/browser/standaloneServices';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import type { EditorContext } from './context';
import { completionProvider } from './completion';
import { leaveOnEscapeTab } from './escape-tab';
import { hoverProvider } from './hover';
import { keepHoverDelegateOnRoot } from './hover-delegate';
import { ruleIdOfLink } from './rule-link';
import { quickFixProvider } from './quick-fixes';

// NOTE: the editor core only: hover, completion, quick fixes, find and the context menu arrive with ./features once
// the editor is usable (the providers below are plain registrations and wait for them).
export { monaco };
export const LANGUAGE_ID = 'liquid';
/** Monaco's light theme under our own name: redefining it (./late-features) refreshes the theme's CSS. */
export const THEME = 'dunning-light';
export const THEME_DATA: monaco.editor.IStandaloneThemeData = { base: 'vs', inherit: true, rules: [], colors: {} };
monaco.editor.defineTheme(THEME, THEME_DATA);

// NOTE: Monaco sets up its services (and instantiates the editor features registered so far) once, on first use;
// doing it here, before any feature is loaded, makes every feature loaded later one that ./late-features adds.
StandaloneServices.initialize({});
keepHoverDelegateOnRoot();
/** How many editor features Monaco has instantiated (./late-features adds the ones registered later). */
export const EDITOR_FEATURES_AT_START = getEditorFeatures().length;

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
  // A marker's hover links its rule as `rule:<id>` (./markers): open the catalog there, and navigate nowhere.
  monaco.editor.registerLinkOpener({
    open(link) {
      const ruleId = ruleIdOfLink(link);
      if (ruleId === undefined) return false;
      context.openRule(ruleId);
      return true;
    },
  });
}

/** Creates the template editor in `container`, without a model yet, with the language features wired to `context`. */
export function createEditor(container: HTMLElement, context: EditorContext): monaco.editor.IStandaloneCodeEditor {
  registerOnce(context);
  const editor = monaco.editor.create(container, {
    model: null,
    language: LANGUAGE_ID,
    theme: THEME,
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
    // NOTE: between two lines of text Monaco draws the lightbulb in the glyph margin; without one it is never seen.
    glyphMargin: true,
    fixedOverflowWidgets: true,
    ariaLabel: context.t('editor.aria'),
  });
  leaveOnEscapeTab(editor, container);
  return editor;
}
