import type { Lang } from '../../worker/protocol';
import { loadMonacoMessages } from './monaco-nls';

/** The editor's start modules: what Editor.svelte needs before it can create the editor. */
export interface EditorModules {
  monaco: typeof import('./monaco');
}

/**
 * Monaco's core, one layer per task (vite.config.ts puts base/common, the rest of base, platform, editor/common and
 * editor/browser in chunks of their own):
 * importing one module of a layer evaluates that layer's chunk, whose lower layers have already run. All of Monaco
 * in one go kept the page from answering input for 0.4–0.8 s on a 2-core machine.
 */
const LAYERS = [
  () => import('monaco-editor/base/common/lifecycle'),
  () => import('monaco-editor/base/browser/dom'),
  () => import('monaco-editor/platform/instantiation/common/instantiation'),
  () => import('monaco-editor/editor/common/model/textModel'),
  () => import('monaco-editor/editor/browser/editorExtensions'),
];

/**
 * The editor features a writer needs after typing: loaded once the editor is usable, a few per task. NOTE: quick fix
 * and hover come with much of Monaco (the action list; go to definition, peek, error navigation, inlay hints and the
 * colour picker that hover's parts use): those modules are imported first, each step evaluated in a task of its own.
 */
/** A step that evaluates modules a later step's feature needs: nothing is registered to add yet. */
const part = (load: () => Promise<unknown>) => ({ load, registers: false });
/** A step that registers editor features: Monaco's registries are read again after it (./late-features). */
const feature = (load: () => Promise<unknown>) => ({ load, registers: true });

const FEATURES = [
  part(() => import('monaco-editor/platform/actionWidget/browser/actionWidget')),
  part(() => import('monaco-editor/editor/contrib/codeAction/browser/codeActionController')),
  feature(() => import('monaco-editor/features/codeAction/register')),
  part(() => import('monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands')),
  part(() =>
    Promise.all([
      import('monaco-editor/editor/contrib/gotoError/browser/gotoError'),
      import('monaco-editor/editor/contrib/inlayHints/browser/inlayHintsController'),
      import('monaco-editor/editor/contrib/colorPicker/browser/colorDetector'),
    ]),
  ),
  part(() =>
    Promise.all([
      import('monaco-editor/editor/contrib/inlineCompletions/browser/hintsWidget/inlineCompletionsHintsWidget'),
      import('monaco-editor/editor/contrib/gotoSymbol/browser/link/goToDefinitionAtPosition'),
      import('monaco-editor/editor/contrib/colorPicker/browser/hoverColorPicker/hoverColorPickerParticipant'),
    ]),
  ),
  part(() => import('monaco-editor/editor/contrib/hover/browser/contentHoverController')),
  feature(() => import('monaco-editor/features/hover/register')),
  // NOTE: features/suggest only adds inline suggestions; the completion widget lives in the suggest controller.
  feature(() =>
    Promise.all([
      import('monaco-editor/features/suggest/register'),
      import('monaco-editor/editor/contrib/suggest/browser/suggestController'),
    ]),
  ),
  feature(() =>
    Promise.all([
      import('monaco-editor/features/find/register'),
      import('monaco-editor/features/contextmenu/register'),
      import('monaco-editor/features/clipboard/register'),
      import('monaco-editor/features/bracketMatching/register'),
      import('monaco-editor/features/toggleTabFocusMode/register'),
    ]),
  ),
];

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Runs `steps` one per task, each once `before` resolves; stops (false) where `before` resolves to false. */
async function inTurn(
  steps: (() => Promise<unknown>)[],
  before = (): Promise<boolean> => Promise.resolve(true),
): Promise<boolean> {
  for (const step of steps) {
    if (!(await before())) return false;
    await step();
    await nextTask();
  }
  return true;
}

/**
 * Loads the editor's start modules (the Liquid grammar with them) without one long task, Monaco's own UI in `lang`
 * (its translations must be in place before its first module runs).
 */
export function loadEditor(lang: Lang): Promise<EditorModules> {
  const pending = (loading ??= loadInTurn(lang));
  // NOTE: a failed load (a chunk missing after an update) is tried again by the next editor.
  pending.catch(() => {
    if (loading === pending) loading = undefined;
  });
  return pending;
}

/** NOTE: one load per page: the page's entry starts it before the first mount (./main.ts), the editor takes it over. */
let loading: Promise<EditorModules> | undefined;

async function loadInTurn(lang: Lang): Promise<EditorModules> {
  await loadMonacoMessages(lang);
  await inTurn(LAYERS);
  const [monaco] = await Promise.all([import('./monaco'), import('monaco-editor/languages/definitions/liquid/liquid')]);
  return { monaco };
}

/**
 * Loads hover, completion, quick fixes, find and the context menu, one group per task, each after `before` resolves
 * (the editor uses it to put its own creation first) to true; false stops there (the editor is gone: the next
 * editor's call loads the rest). An editor created before the last step needs `addContributions` from the module
 * this resolves to; undefined when stopped.
 */
export async function loadFeatures(
  before?: () => Promise<boolean>,
): Promise<typeof import('./late-features') | undefined> {
  const late = await import('./late-features');
  const done = await inTurn(
    FEATURES.map(
      ({ load, registers }) =>
        () =>
          load().then(() => registers && late.addLateServices()),
    ),
    before,
  );
  return done ? late : undefined;
}
