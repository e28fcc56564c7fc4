import type { Sample } from '../../core/model';
import type { Catalog } from '../../worker/protocol';

/** Samples, fields and filters as the worker described them; `undefined` until loaded. */
export class CatalogState {
  value = $state.raw<Catalog | undefined>(undefined);
  error = $state<string | undefined>(undefined);

  sample(id: string | undefined): Sample | undefined {
    return this.value?.samples.find((s) => s.id === id);
  }
}
