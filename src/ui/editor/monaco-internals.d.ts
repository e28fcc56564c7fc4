// Types for the few Monaco modules imported by path that ship without declarations (monaco-editor 0.57.0, pinned).

declare module 'monaco-editor/editor/browser/editorExtensions' {
  /** The registry editors read their contributions from when they are constructed. */
  export const EditorExtensionsRegistry: {
    /** `instantiation`: 0 Eager, 1 AfterFirstRender, 2 BeforeFirstInteraction, 3 Eventually, 4 Lazy */
    getEditorContributions(): { id: string; instantiation: number }[];
  };
}

declare module 'monaco-editor/editor/common/editorFeatures' {
  /** Editor features (instantiated once, when the first editor is created), in registration order. */
  export function getEditorFeatures(): unknown[];
}

declare module 'monaco-editor/editor/standalone/browser/standaloneServices' {
  export const StandaloneServices: {
    /** Initialises the standalone services once; later calls return the same instantiation service. */
    initialize(overrides: Record<string, unknown>): unknown;
  };
}

declare module 'monaco-editor/platform/instantiation/common/extensions' {
  /** Every singleton service registered so far: [service id, descriptor]. */
  export function getSingletonServiceDescriptors(): [unknown, unknown][];
}

declare module 'monaco-editor/languages/definitions/liquid/liquid' {
  export const conf: unknown;
  export const language: unknown;
}

// Imported only to evaluate Monaco's layers one at a time (./load.ts).
declare module 'monaco-editor/base/common/lifecycle';
declare module 'monaco-editor/base/browser/dom';
declare module 'monaco-editor/platform/instantiation/common/instantiation';
declare module 'monaco-editor/editor/common/model/textModel';
// … and to evaluate the large parts of the quick fix and hover features one task each (./load.ts).
declare module 'monaco-editor/platform/actionWidget/browser/actionWidget';
declare module 'monaco-editor/editor/contrib/codeAction/browser/codeActionController';
declare module 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands';
declare module 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
declare module 'monaco-editor/editor/contrib/inlayHints/browser/inlayHintsController';
declare module 'monaco-editor/editor/contrib/colorPicker/browser/colorDetector';
declare module 'monaco-editor/editor/contrib/inlineCompletions/browser/hintsWidget/inlineCompletionsHintsWidget';
declare module 'monaco-editor/editor/contrib/gotoSymbol/browser/link/goToDefinitionAtPosition';
declare module 'monaco-editor/editor/contrib/colorPicker/browser/hoverColorPicker/hoverColorPickerParticipant';
declare module 'monaco-editor/editor/contrib/hover/browser/contentHoverController';

// Side-effect modules: each registers an editor feature (./load.ts).
declare module 'monaco-editor/features/codeAction/register';
declare module 'monaco-editor/features/hover/register';
declare module 'monaco-editor/features/suggest/register';
declare module 'monaco-editor/editor/contrib/suggest/browser/suggestController';
declare module 'monaco-editor/features/find/register';
declare module 'monaco-editor/features/contextmenu/register';
declare module 'monaco-editor/features/clipboard/register';
declare module 'monaco-editor/features/bracketMatching/register';
declare module 'monaco-editor/features/toggleTabFocusMode/register';

// Monaco's Chinese UI strings: sets the global table Monaco's labels are read from (./monaco-nls.ts).
declare module 'monaco-editor/nls/lang/zh-cn';

declare module 'monaco-editor/base/browser/ui/hover/hoverDelegateFactory' {
  /** Sets the page-wide factory behind `getDefaultHoverDelegate` (its first result is cached). */
  export function setHoverDelegateFactory(
    factory: (placement: 'mouse' | 'element', instantHover: boolean) => unknown,
  ): void;
}

declare module 'monaco-editor/platform/hover/browser/hover' {
  export const WorkbenchHoverDelegate: unknown;
}
