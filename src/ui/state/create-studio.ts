import type { CheckClient } from '../../worker/client';
import type { I18n } from '../i18n/i18n.svelte';
import { CatalogState } from './catalog.svelte';
import { Checker } from './checker.svelte';
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

/** Creates the state around a check client (the caller starts the worker); nothing is loaded yet (see `startStudio`). */
export function createStudio(client: CheckClient, i18n: I18n): Studio {
  const workspace = new Workspace();
  const catalog = new CatalogState();
  const persistence = new Persistence(workspace);
  const settings = new SettingsState(i18n);
  const checker = new Checker(client);
  const reviews = new ReviewState(client, persistence, catalog, settings);
  return {
    client,
    workspace,
    catalog,
    checker,
    view: new ViewState(),
    persistence,
    settings,
    reviews,
    samples: new SamplesState(client, catalog, persistence),
    keys: new KeysState(),
    packs: new PackState(client, persistence, catalog, settings, checker, reviews),
  };
}

/**
 * Loads what the app shows: the worker's catalog, then the stored workspace (first run: the example templates),
 * the organisation's rule pack and the user's samples (both before the first check, so no report uses the repo's
 * rules or samples alone), settings and reviews.
 */
export async function startStudio(studio: Studio): Promise<void> {
  const { catalog, packs, persistence, reviews, samples, settings } = studio;
  let base;
  try {
    base = await studio.client.catalog();
  } catch (error) {
    catalog.error = error instanceof Error ? error.message : String(error);
    return;
  }
  await persistence.start(base.templates, () => settings.actor.name);
  const rules = await packs.load();
  if (rules) base = { ...base, rulesetHash: rules.rulesetHash, ruleCount: rules.ruleCount, messages: rules.messages };
  catalog.value = (await samples.load(base)) ?? base;
  if (persistence.store) await settings.load(persistence.store, persistence.firstRun);
  await reviews.reload();
}
