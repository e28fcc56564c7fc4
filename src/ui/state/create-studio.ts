import type { CheckClient } from '../../worker/client';
import type { I18n } from '../i18n/i18n.svelte';
import { CatalogState } from './catalog.svelte';
import { Checker } from './checker.svelte';
import { KeysState } from './keys.svelte';
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
}

/** Creates the state around a check client (the caller starts the worker); nothing is loaded yet (see `startStudio`). */
export function createStudio(client: CheckClient, i18n: I18n): Studio {
  const workspace = new Workspace();
  const catalog = new CatalogState();
  const persistence = new Persistence(workspace);
  const settings = new SettingsState(i18n);
  return {
    client,
    workspace,
    catalog,
    checker: new Checker(client),
    view: new ViewState(),
    persistence,
    settings,
    reviews: new ReviewState(client, persistence, catalog, settings),
    samples: new SamplesState(client, catalog, persistence),
    keys: new KeysState(),
  };
}

/**
 * Loads what the app shows: the worker's catalog, then the stored workspace (first run: the example templates),
 * the user's samples (before the first check, so no report uses the repo's samples alone), settings and reviews.
 */
export async function startStudio(studio: Studio): Promise<void> {
  const { catalog, persistence, reviews, samples, settings } = studio;
  let base;
  try {
    base = await studio.client.catalog();
  } catch (error) {
    catalog.error = error instanceof Error ? error.message : String(error);
    return;
  }
  await persistence.start(base.templates, () => settings.actor.name);
  catalog.value = (await samples.load(base)) ?? base;
  if (persistence.store) await settings.load(persistence.store, persistence.firstRun);
  await reviews.reload();
}
