import { startBatchClient } from '../../worker/batch-start';
import type { Studio } from '../state/create-studio';
import { BatchState } from './batch-state.svelte';

const states = new WeakMap<Studio, BatchState>();

/** The batch page's state of an app, kept while the app lives (leaving the page keeps the results). */
export function batchFor(studio: Studio): BatchState {
  let state = states.get(studio);
  if (!state) {
    state = new BatchState({ client: startBatchClient, pack: () => studio.packs.current?.pack ?? null });
    states.set(studio, state);
  }
  return state;
}
