import type { CheckClient } from '../../worker/client';
import type { TemplateInfo } from '../../worker/protocol';
import type { I18n } from '../i18n/i18n.svelte';
import { CatalogState } from './catalog.svelte';
import { Checker } from './checker.svelte';
import { exampleTemplates } from './examples';
import { KeysState } from './keys.svelte';
import { PackState } from './packs.svelte';
import { Persistence } from './persistence.svelte';
import { ReviewState } from './reviews.svelte';
import { SamplesState } from './samples.svelte';
import { SettingsState } from './settings.svelte';
import { ViewState } from './view.svelte';
import { Workspace } from './workspace.svelte';

/** The app's state objects: one of each per mounted app, handed down with `provideStudio` / `useStudio`. */
export interface Studio {
  readonly client: CheckClient;
  readonly workspace: Workspace;
  readonly catalog: CatalogState;
  readonly checker: Checker;
  readonly view: ViewState;
  readonly persistence: Persistence;
  readonly settings: SettingsState;
  readonly reviews: ReviewState;
  readonly samples: SamplesState;
  readonly keys: KeysState;
  readonly packs: PackState;
}

/**
 * Creates the state around a check client (the caller starts the worker, which warms up once the editor is shown);
 * nothing is loaded yet (see `startStudio`).
 */
export function createStudio(client: CheckClient, i18n: I18n): Studio {
  const workspace = new Workspace();
  const catalog = new CatalogState();
  const persistence = new Persistence(workspace);
  const settings = new SettingsState(i18n);
  const checker = new Checker(client);
  const reviews = new ReviewState(client, persistence, catalog, settings);
  const view = new ViewState();
  // NOTE: the check worker loads in parallel with the editor; its warm-up waits for the editor to be shown: on two
  // cores it slowed the editor's start (PERFORMANCE.md, UI latency).
  client.startAfter(view.whenStarted);
  return {
    client,
    workspace,
    catalog,
    checker,
    view,
    persistence,
    settings,
    reviews,
    samples: new SamplesState(client, catalog, persistence),
    keys: new KeysState(),
    packs: new PackState(client, persistence, catalog, settings, checker, reviews),
  };
}

/**
 * Loads what the app shows: the stored workspace (first run: the example templates, which the main thread has
 * itself) while the worker starts and answers its catalog, so the editor waits for IndexedDB only; then the
 * organisation's rule pack and the user's samples (both before the first check, so no report uses the repo's rules
 * or samples alone), settings and reviews. `afterStart`: see `Persistence.start`.
 */
export async function startStudio(
  studio: Studio,
  examples: readonly TemplateInfo[] = exampleTemplates(),
  options: { afterStart?: Promise<unknown> } = {},
): Promise<void> {
  const { catalog, packs, persistence, reviews, samples, settings } = studio;
  const answer = studio.client.catalog().then(
    (value) => ({ value }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  await persistence.start(examples, () => settings.actor.name, options);
  const answered = await answer;
  if ('error' in answered) {
    catalog.error = answered.error;
    return;
  }
  let base = answered.value;
  const rules = await packs.load();
  if (rules) base = { ...base, rulesetHash: rules.rulesetHash, ruleCount: rules.ruleCount, messages: rules.messages };
  catalog.value = (await samples.load(base)) ?? base;
  if (persistence.store) await settings.load(persistence.store, persistence.firstRun);
  await reviews.reload();
}
