import { fail, type Problem, type Result, type Sample, type SampleFile } from '../../core/model';
import type { CheckClient } from '../../worker/client';
import type { Catalog } from '../../worker/protocol';
import type { CatalogState } from './catalog.svelte';
import type { Persistence } from './persistence.svelte';

const notOpen: Result<never> = fail([{ code: 'storage/unavailable', message: 'the workspace is not open yet' }]);

/** The worker's file name of a user sample (after the repo's samples in every list). */
const fileOf = (s: SampleFile): string => `user-samples/${s.id}.json`;

/**
 * The repo's samples (read-only) and the user's own (stored in the workspace). Every change is sent to the checker,
 * whose answer replaces the catalog's samples and samplesHash, so checks, previews and approvals use the same set.
 */
export class SamplesState {
  builtin = $state.raw<Sample[]>([]);
  user = $state.raw<SampleFile[]>([]);
  /** user samples the checker left out, and unreadable stored ones */
  problems = $state.raw<Problem[]>([]);
  private listening = false;

  constructor(
    private readonly client: CheckClient,
    private readonly catalog: CatalogState,
    private readonly persistence: Persistence,
  ) {}

  readonly builtinIds = (): Set<string> => new Set(this.builtin.map((s) => s.id));

  /**
   * Reads the user samples from the store and gives the checker the whole set. `base` is the worker's catalog at
   * start (its samples are the repo's); returns the catalog to show, with the user samples merged in.
   */
  async load(base?: Catalog): Promise<Catalog | undefined> {
    if (base) this.builtin = base.samples;
    const store = this.persistence.store;
    if (store && !this.listening) {
      this.listening = true;
      store.onExternalChange((c) => (c.kind === 'userSample' || c.kind === 'import') && void this.load());
    }
    const listed = await store?.listUserSamples();
    const stored = listed?.ok ? listed.value : [];
    this.user = stored;
    const current = base ?? this.catalog.value;
    if (!current) return undefined;
    const storageProblems = listed ? (listed.ok ? (listed.problems ?? []) : listed.problems) : [];
    if (stored.length === 0 && base) {
      this.problems = storageProblems;
      return base;
    }
    const set = await this.client.setSamples(Object.fromEntries(stored.map((s) => [fileOf(s), s])));
    if (!set) return current;
    this.problems = [...storageProblems, ...set.problems];
    const next = { ...current, samples: set.samples, samplesHash: set.samplesHash };
    if (!base) this.catalog.value = next;
    return next;
  }

  /** Validates (the store parses with the sample schema too), saves, and re-checks with the new set. */
  async save(sample: SampleFile, replacing?: string): Promise<Result<SampleFile>> {
    const store = this.persistence.store;
    if (!store) return notOpen;
    const saved = await store.putUserSample(sample);
    if (saved.ok && replacing && replacing !== sample.id) await store.deleteUserSample(replacing);
    if (saved.ok) await this.load();
    return saved;
  }

  async remove(id: string): Promise<Result<true>> {
    const store = this.persistence.store;
    if (!store) return notOpen;
    const removed = await store.deleteUserSample(id);
    if (removed.ok) await this.load();
    return removed;
  }
}
