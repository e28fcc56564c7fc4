import type { CheckClient } from '../../worker/client';
import type { CatalogState } from './catalog.svelte';
import type { Checker } from './checker.svelte';
import { exposeKeys } from './keys.svelte';
import type { Studio } from './create-studio';
import type { Persistence } from './persistence.svelte';
import type { ReviewState } from './reviews.svelte';
import type { SamplesState } from './samples.svelte';
import type { SettingsState } from './settings.svelte';
import type { ViewState } from './view.svelte';
import type { Workspace } from './workspace.svelte';

/*
 * Compatibility for components that still import the state as module values (and `keys` from keys.svelte.ts) instead of calling `useStudio()`.
 * These are live bindings of the root's studio, set by `exposeStudio` before any child component initialises;
 * importing this module creates nothing and starts no worker.
 */
export let client: CheckClient;
export let workspace: Workspace;
export let catalog: CatalogState;
export let checker: Checker;
export let view: ViewState;
export let persistence: Persistence;
export let settings: SettingsState;
export let reviews: ReviewState;
export let samples: SamplesState;

/** Makes `studio` what the module values above refer to (the app root calls it once). */
export function exposeStudio(studio: Studio): void {
  ({ client, workspace, catalog, checker, view, persistence, settings, reviews, samples } = studio);
  exposeKeys(studio.keys);
}
