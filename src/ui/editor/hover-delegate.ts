import * as monaco from 'monaco-editor/editor';
import { setHoverDelegateFactory } from 'monaco-editor/base/browser/ui/hover/hoverDelegateFactory';
import { WorkbenchHoverDelegate } from 'monaco-editor/platform/hover/browser/hover';
import { StandaloneServices } from 'monaco-editor/editor/standalone/browser/standaloneServices';

/** What is used of Monaco 0.57's standalone `InstantiationService`. */
interface Instantiation {
  createInstance(ctor: unknown, ...args: unknown[]): unknown;
}

/**
 * NOTE: each editor Monaco constructs points the page-wide hover-delegate factory at the instantiation service that
 * created it. A diff editor's two inner editors are created by the diff editor's own scoped service, which is
 * disposed with it (leaving the versions view, closing a conflict): whatever first asked for the default hover
 * delegate afterwards (the completion list, a toolbar) threw "InstantiationService has been disposed". After every
 * editor is constructed the factory is pointed back at the root service, which lives as long as the page.
 */
export function keepHoverDelegateOnRoot(): void {
  const root = StandaloneServices.initialize({}) as Instantiation;
  const useRoot = () =>
    setHoverDelegateFactory((placement, instantHover) =>
      root.createInstance(WorkbenchHoverDelegate, placement, { instantHover }, {}),
    );
  useRoot();
  // The event fires inside the editor's constructor, before the factory is set: put it back once it has run.
  monaco.editor.onDidCreateEditor(() => queueMicrotask(useRoot));
}
