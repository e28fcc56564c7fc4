import { seedModelGramTable, seedPrefilter, type GramTableData, type PrefilterSeed } from '../core/index';
import { packTables, unpackTables, type TableLayout, type TypedTable } from './typed-tables';

/**
 * What a check's start would otherwise build from the bundled rules and the committed model: the prefilter's slots
 * and automaton, and the classifier's n-gram trie. The CLI build computes them with the code being built
 * (bundled-rules-build.ts); the arrays travel in a binary file beside the JSON.
 */
export interface StartTables {
  prefilter: PrefilterSeed;
  grams: GramTableData;
}

/** The JSON part of `StartTables` (every typed array is in the binary file, named in `layout`). */
export interface CarriedTables {
  prefilter: Omit<PrefilterSeed, 'tables'>;
  gramWidth: number;
  layout: TableLayout;
}

const PREFILTER = 'prefilter.';
const GRAMS = 'grams.';

const prefixed = (prefix: string, tables: object): Record<string, TypedTable> =>
  Object.fromEntries(Object.entries(tables).map(([name, t]) => [prefix + name, t as TypedTable]));

const unprefixed = (prefix: string, arrays: Record<string, TypedTable>): Record<string, TypedTable> =>
  Object.fromEntries(
    Object.entries(arrays)
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, t]) => [name.slice(prefix.length), t]),
  );

/** `StartTables` as JSON and bytes. */
export function carryTables({ prefilter, grams }: StartTables): { carried: CarriedTables; bytes: Uint8Array } {
  const { tables, ...slots } = prefilter;
  const { width, ...gramArrays } = grams;
  const { layout, bytes } = packTables({ ...prefixed(PREFILTER, tables), ...prefixed(GRAMS, gramArrays) });
  return { carried: { prefilter: slots, gramWidth: width, layout }, bytes };
}

/** `StartTables` back from `carryTables`' JSON and bytes; undefined when the bytes cannot be read here. */
export function tablesFrom(carried: CarriedTables, bytes: Uint8Array): StartTables | undefined {
  const arrays = unpackTables(bytes, carried.layout);
  if (!arrays) return undefined;
  return {
    prefilter: { ...carried.prefilter, tables: unprefixed(PREFILTER, arrays) as unknown as PrefilterSeed['tables'] },
    grams: { ...(unprefixed(GRAMS, arrays) as unknown as Omit<GramTableData, 'width'>), width: carried.gramWidth },
  };
}

/** Seeds core with what the build carried (nothing when it carried nothing: run from source, tests). */
export function seedStartTables(carried: { json: CarriedTables; bytes: Uint8Array } | undefined): void {
  const tables = carried && tablesFrom(carried.json, carried.bytes);
  if (!tables) return;
  seedPrefilter(tables.prefilter);
  seedModelGramTable(tables.grams);
}
