import { describe, expect, it } from 'vitest';
import { packTables, unpackTables } from '../../src/cli/typed-tables';

const TABLES = {
  a: Uint8Array.from([1, 2, 3]),
  b: Float64Array.from([-1, 0.5, 2 ** 40]),
  c: Int32Array.from([-7, 0, 1 << 30]),
  d: Uint16Array.from([0xffff, 1]),
  empty: new Int32Array(0),
};

describe('packTables / unpackTables', () => {
  it('give back every array with its type and values', () => {
    const { layout, bytes } = packTables(TABLES);
    const back = unpackTables(bytes, layout)!;
    expect(back).toEqual(TABLES);
    expect(Object.keys(back)).toEqual(Object.keys(TABLES));
    for (const e of layout.tables) expect(e.offset % 8).toBe(0);
  });

  it('read views of the bytes, not copies, when they are aligned', () => {
    const { layout, bytes } = packTables(TABLES);
    const back = unpackTables(bytes, layout)!;
    bytes[layout.tables.find((t) => t.name === 'a')!.offset] = 9;
    expect(back.a![0]).toBe(9);
  });

  it('refuse bytes written in the other byte order, and bytes too short for the layout', () => {
    const { layout, bytes } = packTables(TABLES);
    expect(unpackTables(bytes, { ...layout, littleEndian: !layout.littleEndian })).toBeUndefined();
    expect(unpackTables(bytes.subarray(0, bytes.length - 1), layout)).toBeUndefined();
  });
});
