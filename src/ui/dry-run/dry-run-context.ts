import { startDryRunClient } from '../../worker/batch-start';
import type { Studio } from '../state/create-studio';
import { DryRunState } from './dry-run-state.svelte';

const states = new WeakMap<Studio, DryRunState>();

/** The dry-run page's state of an app, kept while the app lives; it runs in a batch worker of its own. */
export function dryRunFor(studio: Studio): DryRunState {
  let state = states.get(studio);
  if (!state) {
    state = new DryRunState(startDryRunClient);
    states.set(studio, state);
  }
  return state;
}
