import { startCheckClient } from '../../worker/start';
import { CatalogState } from './catalog.svelte';
import { Checker } from './checker.svelte';
import { ViewState } from './view.svelte';
import { Workspace } from './workspace.svelte';

/** The app's state objects (one of each per page). */
export const client = startCheckClient();
export const workspace = new Workspace();
export const catalog = new CatalogState();
export const checker = new Checker(client);
export const view = new ViewState();
