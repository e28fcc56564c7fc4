/** Typed arrays written back to back into one file and read back as views of it (no copy, no parse). */
const KINDS = { Int32Array, Uint8Array, Uint16Array, Float64Array };
type Kind = keyof typeof KINDS;
export type TypedTable = InstanceType<(typeof KINDS)[Kind]>;

/** Where each array lies in the file: its name, element type, byte offset and element count. */
export interface TableLayout {
  /** the byte order the file was written in (a reader of the other order must not use it) */
  littleEndian: boolean;
  tables: { name: string; kind: Kind; offset: number; length: number }[];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** every array starts at a multiple of this, so a view of a Float64Array is aligned */
const ALIGN = 8;

const kindOf = (t: TypedTable): Kind => {
  for (const kind of Object.keys(KINDS) as Kind[]) if (t instanceof KINDS[kind]) return kind;
  throw new Error(`typed tables: unsupported array ${Object.prototype.toString.call(t)}`);
};

/** Writes `tables` (name → array) into one byte array and its layout. */
export function packTables(tables: Record<string, TypedTable>): { layout: TableLayout; bytes: Uint8Array } {
  const entries: TableLayout['tables'] = [];
  let size = 0;
  for (const [name, t] of Object.entries(tables)) {
    size = Math.ceil(size / ALIGN) * ALIGN;
    entries.push({ name, kind: kindOf(t), offset: size, length: t.length });
    size += t.byteLength;
  }
  const bytes = new Uint8Array(size);
  for (const e of entries) {
    const t = tables[e.name]!;
    bytes.set(new Uint8Array(t.buffer, t.byteOffset, t.byteLength), e.offset);
  }
  return { layout: { littleEndian: LITTLE_ENDIAN, tables: entries }, bytes };
}

/**
 * The arrays of `packTables` as views of `bytes` (copied once when `bytes` is not aligned); undefined when they
 * were written in the other byte order or do not fit in `bytes`.
 */
export function unpackTables(bytes: Uint8Array, layout: TableLayout): Record<string, TypedTable> | undefined {
  if (layout.littleEndian !== LITTLE_ENDIAN) return undefined;
  const aligned = bytes.byteOffset % ALIGN === 0 ? bytes : bytes.slice();
  const out: Record<string, TypedTable> = {};
  for (const { name, kind, offset, length } of layout.tables) {
    const Kind = KINDS[kind];
    if (offset + length * Kind.BYTES_PER_ELEMENT > aligned.byteLength) return undefined;
    // NOTE: a Buffer's backing store is typed ArrayBufferLike; the views work on either kind of buffer.
    out[name] = new Kind(aligned.buffer as ArrayBuffer, aligned.byteOffset + offset, length);
  }
  return out;
}
