import { describe, expect, it } from 'vitest';
import { CatalogState } from '../../src/ui/state/catalog.svelte';
import type { Catalog } from '../../src/worker/protocol';

describe('CatalogState.arrived', () => {
  it('resolves with the first catalog set, not before, and keeps it when a later one replaces the value', async () => {
    const catalog = new CatalogState();
    let got: Catalog | undefined;
    void catalog.arrived.then((c) => (got = c));
    await Promise.resolve();
    expect(got).toBeUndefined();
    const first = { rulesetHash: 'r1', samplesHash: 's1' } as Catalog;
    catalog.value = first;
    await Promise.resolve();
    expect(got).toBe(first);
    catalog.value = { rulesetHash: 'r2', samplesHash: 's2' } as Catalog;
    expect(await catalog.arrived).toBe(first);
    expect(catalog.value?.rulesetHash).toBe('r2');
  });
});
