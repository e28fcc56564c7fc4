/**
 * The model's n-grams as a trie over UTF-16 units held in typed arrays, so a text is read without building a
 * string, a set entry or a map lookup per n-gram. Node 0 is "none"; every other node ends a prefix of some n-gram.
 */
export interface GramTable {
  /** the node of each first unit (0: no n-gram starts with it); 16 bits, as nodes stay below 0xffff */
  readonly first: Uint16Array;
  /** open addressing from `node << 16 | unit` to the child node; -1 marks a free slot (nodes stay below 0xffff) */
  readonly keys: Int32Array;
  readonly children: Int32Array;
  readonly mask: number;
  /** per node, where its row starts in `flat` (-1: no n-gram ends there) */
  readonly rowAt: Int32Array;
  /** every row back to back, `width` weights each: read without a per-node object */
  readonly flat: Float64Array;
  readonly width: number;
  /** per node, the reading that counted it last (each n-gram counts once per text) */
  readonly seen: Int32Array;
}

const UNITS = 0x10000;
/** a key packs a node into 16 bits, and node 0xffff with unit 0xffff would read as a free slot (-1) */
const MAX_NODES = 0xffff;

const slotOf = (node: number, unit: number, mask: number): number => {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
};

/** The child of `node` by `unit`, or 0. */
export function childOf(t: GramTable, node: number, unit: number): number {
  const key = (node << 16) | unit;
  for (let s = slotOf(node, unit, t.mask); t.keys[s] !== -1; s = (s + 1) & t.mask) {
    if (t.keys[s] === key) return t.children[s]!;
  }
  return 0;
}

/** A table's arrays as a build carries them (`gramTableOf` makes the table); the reading marks are not carried. */
export type GramTableData = Omit<GramTable, 'mask' | 'seen'>;

/** The table of arrays from `gramTable` (built now or carried by a build). */
export const gramTableOf = (data: GramTableData): GramTable => ({
  ...data,
  mask: data.keys.length - 1,
  seen: new Int32Array(data.rowAt.length),
});

/** The weights of the n-gram ending at `node` (read only when drivers are wanted). */
export const rowOf = (t: GramTable, node: number): Float64Array =>
  t.flat.subarray(t.rowAt[node]!, t.rowAt[node]! + t.width);

/** Builds the table of `weights` (n-gram → its row of weights). */
export function gramTable(weights: ReadonlyMap<string, Float64Array>): GramTable {
  let edges = 0;
  for (const gram of weights.keys()) edges += Math.max(0, gram.length - 1);
  let size = 16;
  while (size < edges * 2) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size).fill(-1);
  const children = new Int32Array(size);
  const first = new Uint16Array(UNITS);
  const rows: (Float64Array | undefined)[] = [undefined];
  const none = { rowAt: new Int32Array(0), flat: new Float64Array(0), width: 0 };
  const table = { first, keys, children, mask, seen: new Int32Array(0), ...none };
  for (const [gram, row] of weights) {
    if (gram.length === 0) continue;
    let node = first[gram.charCodeAt(0)]!;
    if (node === 0) node = first[gram.charCodeAt(0)] = rows.push(undefined) - 1;
    for (let i = 1; i < gram.length; i++) {
      const unit = gram.charCodeAt(i);
      let child = childOf(table, node, unit);
      if (child === 0) {
        child = rows.push(undefined) - 1;
        let s = slotOf(node, unit, mask);
        while (keys[s] !== -1) s = (s + 1) & mask;
        keys[s] = (node << 16) | unit;
        children[s] = child;
      }
      node = child;
    }
    rows[node] = row;
  }
  if (rows.length > MAX_NODES) throw new Error(`gram table: more than ${MAX_NODES} nodes`);
  const width = rows.find((row) => row !== undefined)?.length ?? 0;
  const rowAt = new Int32Array(rows.length).fill(-1);
  const flat = new Float64Array(rows.length * width);
  rows.forEach((row, node) => {
    if (row === undefined) return;
    rowAt[node] = node * width;
    flat.set(row, node * width);
  });
  return gramTableOf({ first, keys, children, rowAt, flat, width });
}
