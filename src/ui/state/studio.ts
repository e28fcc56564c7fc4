import { startCheckClient } from '../../worker/start';
import { CatalogState } from './catalog.svelte';
import { Checker } from './checker.svelte';
import { i18n } from '../i18n/i18n.svelte';
import { Persistence } from './persistence.svelte';
import { ReviewState } from './reviews.svelte';
import { SamplesState } from './samples.svelte';
import { SettingsState } from './settings.svelte';
import { ViewState } from './view.svelte';
import { Workspace } from './workspace.svelte';

/** The app's state objects (one of each per page). */
export const client = startCheckClient();
export const workspace = new Workspace();
export const catalog = new CatalogState();
export const checker = new Checker(client);
export const view = new ViewState();
export const persistence = new Persistence(workspace);
export const settings = new SettingsState(i18n);
export const reviews = new ReviewState(client, persistence, catalog, settings);
export const samples = new SamplesState(client, catalog, persistence);
