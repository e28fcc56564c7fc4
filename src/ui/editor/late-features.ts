import type * as Monaco from 'monaco-editor/editor';
import { EditorExtensionsRegistry } from 'monaco-editor/editor/browser/editorExtensions';
import { getEditorFeatures } from 'monaco-editor/editor/common/editorFeatures';
import { StandaloneServices } from 'monaco-editor/editor/standalone/browser/standaloneServices';
import { getSingletonServiceDescriptors } from 'monaco-editor/platform/instantiation/common/extensions';
import { EDITOR_FEATURES_AT_START, monaco, THEME, THEME_DATA } from './monaco';

const LAZY = 4;

/** What is read of Monaco 0.57's `CodeEditorWidget._contributions` (not public API). */
interface Contributions {
  _pending: Map<string, unknown>;
  _instances: { get(id: string): unknown };
}

/** What is read of Monaco 0.57's standalone `InstantiationService` (`_services` is not public API). */
interface Services {
  _services: { get(id: unknown): unknown; set(id: unknown, descriptor: unknown): void };
  createInstance(ctor: unknown): unknown;
}

const changed = (): Error => new Error('monaco-editor internals changed: features cannot be added to a created editor');

/** How many editor features have been instantiated so far. */
let instantiated = EDITOR_FEATURES_AT_START;

/**
 * NOTE: Monaco reads its registries once: singleton services and editor features when it sets up its services
 * (./monaco does that before any feature is loaded), keybindings and theme colours when first needed, contributions
 * in each editor's constructor. The features ./load.ts loads later are added the way Monaco would have added them:
 * services as descriptors to the standalone collection, editor features instantiated, keybindings and theme rebuilt
 * (`addLateServices`, after each step), and the contributions of an editor created before them pending, then
 * instantiated (`addContributions`).
 */
export function addLateServices(): void {
  const services = StandaloneServices.initialize({}) as Partial<Services>;
  if (typeof services._services?.set !== 'function' || typeof services.createInstance !== 'function') throw changed();
  const { _services: collection } = services as Services;
  for (const [id, descriptor] of getSingletonServiceDescriptors()) {
    if (!collection.get(id)) collection.set(id, descriptor);
  }
  const features = getEditorFeatures();
  for (const feature of features.slice(instantiated)) services.createInstance(feature);
  instantiated = features.length;
  // The keybinding resolver and the theme's CSS are built once and cached; these public calls rebuild them with
  // the new features' keys (Ctrl+. …) and colours.
  monaco.editor.addKeybindingRules([]);
  monaco.editor.defineTheme(THEME, THEME_DATA);
}

/** Gives `editor` the contributions registered since it was created (an editor created now would have them). */
export function addContributions(editor: Monaco.editor.ICodeEditor): void {
  const contributions = (editor as unknown as { _contributions?: Partial<Contributions> })._contributions;
  if (!(contributions?._pending instanceof Map) || typeof contributions._instances?.get !== 'function') {
    throw changed();
  }
  const { _pending: pending, _instances: instances } = contributions as Contributions;
  const added = EditorExtensionsRegistry.getEditorContributions().filter(
    ({ id }) => instances.get(id) === undefined && !pending.has(id),
  );
  for (const description of added) pending.set(description.id, description);
  // Eager (0) … Eventually (3) as the constructor and idle time would; Lazy (4) ones wait for their first use.
  for (const { id } of added.filter((d) => d.instantiation < LAZY).sort((a, b) => a.instantiation - b.instantiation)) {
    editor.getContribution(id);
  }
}
