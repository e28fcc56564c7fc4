import type { Sample } from '../../core/model';
import type { Catalog } from '../../worker/protocol';

/** Samples, fields and filters as the worker described them; `undefined` until loaded. */
export class CatalogState {
  #value = $state.raw<Catalog | undefined>(undefined);
  #arrive: (catalog: Catalog) => void = () => {};
  /** Resolves with the first catalog: the editor shows before the worker sends it, and actions may need its hashes. */
  readonly arrived: Promise<Catalog> = new Promise((resolve) => (this.#arrive = resolve));

  get value(): Catalog | undefined {
    return this.#value;
  }
  set value(catalog: Catalog | undefined) {
    this.#value = catalog;
    if (catalog) this.#arrive(catalog);
  }
  error = $state<string | undefined>(undefined);

  sample(id: string | undefined): Sample | undefined {
    return this.value?.samples.find((s) => s.id === id);
  }
}
