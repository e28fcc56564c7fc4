/** Marks, in one pass over a text, every slot that owns a literal occurring in it. */
export interface FactorScan {
  /** sets the bit of every slot owning a literal of `text` in `into` (bit s of word 1 + s / 32) */
  mark(text: string, into: number[]): void;
}

/**
 * The automaton of `buildFactorScan` as plain typed arrays (no closures, no objects per node), so a build can
 * compute it once and a start can take it as it is (`factorScanOf`).
 */
export interface FactorTables {
  /** the state after the root by each UTF-16 unit (0: none) */
  rootNext: Int32Array;
  /** 1 for a unit some literal holds */
  inAlphabet: Uint8Array;
  /** open addressing from `node * 0x10000 + unit` (-1: free) to the child node, below the root */
  edgeKeys: Float64Array;
  edgeChildren: Int32Array;
  fail: Int32Array;
  /** the nearest proper suffix state owning slots (0: none) */
  outLink: Int32Array;
  /** 1 where the state or a suffix of it owns slots */
  hasOut: Uint8Array;
  /** the slots a state owns: `ownSlots[ownStart[s]…ownStart[s + 1])` */
  ownStart: Int32Array;
  ownSlots: Int32Array;
}

/**
 * An Aho–Corasick automaton over UTF-16 code units whose nodes carry the slots of their own literal and a link to
 * the nearest shorter literal ending there, so a scan allocates nothing and reports no positions: unlike
 * match/aho-corasick.ts it answers only "which slots have a literal in this text".
 */
export function buildFactorScan(literals: readonly string[], owners: readonly (readonly number[])[]): FactorScan {
  return factorScanOf(buildFactorTables(literals, owners));
}

// NOTE: built from the whole pack's literals (tens of thousands of nodes) wherever no build carried it, so it is
// built in typed arrays only: no map per node, and no merged slot list per node (a met state walks its output
// links instead).
/** The automaton of `buildFactorScan` as tables. */
export function buildFactorTables(literals: readonly string[], owners: readonly (readonly number[])[]): FactorTables {
  let units = 0;
  for (const lit of literals) units += lit.length;
  const rootNext = new Int32Array(0x10000);
  const inAlphabet = new Uint8Array(0x10000);
  const edges = edgeTable(units);
  const firstChild = new Int32Array(units + 1);
  const nextSibling = new Int32Array(units + 1);
  const codeOf = new Int32Array(units + 1);
  const own: (number[] | undefined)[] = [];
  let nodes = 1;
  literals.forEach((lit, i) => {
    if (lit.length === 0) return;
    let node = 0;
    for (let k = 0; k < lit.length; k++) {
      const code = lit.charCodeAt(k);
      inAlphabet[code] = 1;
      let child = node === 0 ? rootNext[code]! : edgeChild(edges.keys, edges.children, node, code);
      if (child === 0) {
        child = nodes++;
        codeOf[child] = code;
        nextSibling[child] = firstChild[node]!;
        firstChild[node] = child;
        if (node === 0) rootNext[code] = child;
        else edges.add(node, code, child);
      }
      node = child;
    }
    const slotsOfLiteral = owners[i] ?? [];
    if (slotsOfLiteral.length > 0) (own[node] ??= []).push(...slotsOfLiteral);
  });
  const fail = new Int32Array(nodes);
  const outLink = new Int32Array(nodes);
  const hasOut = new Uint8Array(nodes);
  const queue = new Int32Array(nodes);
  let tail = 0;
  for (let child = firstChild[0]!; child !== 0; child = nextSibling[child]!) {
    queue[tail++] = child;
    if (own[child] !== undefined) hasOut[child] = 1;
  }
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    for (let child = firstChild[node]!; child !== 0; child = nextSibling[child]!) {
      const f = step(rootNext, edges.keys, edges.children, fail, fail[node]!, codeOf[child]!);
      fail[child] = f;
      outLink[child] = own[f] !== undefined ? f : outLink[f]!;
      if (own[child] !== undefined || outLink[child] !== 0) hasOut[child] = 1;
      queue[tail++] = child;
    }
  }
  const ownStart = new Int32Array(nodes + 1);
  let total = 0;
  for (let s = 0; s < nodes; s++) {
    ownStart[s] = total;
    total += own[s]?.length ?? 0;
  }
  ownStart[nodes] = total;
  const ownSlots = new Int32Array(total);
  own.forEach((slots, s) => slots && ownSlots.set(slots, ownStart[s]!));
  return {
    rootNext,
    inAlphabet,
    edgeKeys: edges.keys,
    edgeChildren: edges.children,
    fail,
    outLink,
    hasOut,
    ownStart,
    ownSlots,
  };
}

/** The scanner over tables from `buildFactorTables` (built now or carried by a build). */
export function factorScanOf(t: FactorTables): FactorScan {
  const { rootNext, inAlphabet, edgeKeys, edgeChildren, fail, outLink, hasOut, ownStart, ownSlots } = t;
  const moves = memo((state, code) => step(rootNext, edgeKeys, edgeChildren, fail, state, code));
  // the states with output met by the current scan, each once (stamp = scan number), marked after the scan
  const seen = new Int32Array(fail.length);
  let stamp = 0;
  let met = new Int32Array(64);
  const owns = (s: number): boolean => ownStart[s + 1]! > ownStart[s]!;
  return {
    mark(text, into) {
      if (++stamp === 0x7fffffff) {
        seen.fill(0);
        stamp = 1;
      }
      let count = 0;
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (inAlphabet[code] === 0) {
          state = 0;
          continue;
        }
        state = state === 0 ? rootNext[code]! : moves(state, code);
        if (hasOut[state] === 1 && seen[state] !== stamp) {
          seen[state] = stamp;
          if (count === met.length) {
            const grown = new Int32Array(met.length * 2);
            grown.set(met);
            met = grown;
          }
          met[count++] = state;
        }
      }
      for (let k = 0; k < count; k++) {
        const first = met[k]!;
        for (let s = owns(first) ? first : outLink[first]!; s !== 0; s = outLink[s]!) {
          const end = ownStart[s + 1]!;
          for (let j = ownStart[s]!; j < end; j++) {
            const slot = ownSlots[j]!;
            into[1 + (slot >>> 5)]! |= 1 << (slot & 31);
          }
        }
      }
    },
  };
}

function step(
  rootNext: Int32Array,
  keys: Float64Array,
  children: Int32Array,
  fail: Int32Array,
  state: number,
  code: number,
): number {
  for (let s = state; s !== 0; s = fail[s]!) {
    const child = edgeChild(keys, children, s, code);
    if (child !== 0) return child;
  }
  return rootNext[code]!;
}

/**
 * `step` remembered per (state, unit) in an open-addressing table, so a failure chain is walked once per pair a
 * text meets; when the table is full, further pairs are computed each time.
 */
function memo(step: (state: number, code: number) => number): (state: number, code: number) => number {
  const SIZE = 1 << 15;
  const mask = SIZE - 1;
  const keys = new Float64Array(SIZE).fill(-1);
  const values = new Int32Array(SIZE);
  let used = 0;
  return (state, code) => {
    const key = state * 0x10000 + code;
    const h = Math.imul(state, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca6b);
    let s = (h ^ (h >>> 15)) & mask;
    for (let k = keys[s]!; k !== -1; k = keys[s]!) {
      if (k === key) return values[s]!;
      s = (s + 1) & mask;
    }
    const to = step(state, code);
    if (used < SIZE / 2) {
      keys[s] = key;
      values[s] = to;
      used++;
    }
    return to;
  };
}

const slotOf = (node: number, code: number, mask: number): number => {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
};

/** The child of `node` by `code` in an edge table (its size a power of two), or 0. */
function edgeChild(keys: Float64Array, children: Int32Array, node: number, code: number): number {
  const key = node * 0x10000 + code;
  const mask = keys.length - 1;
  for (let s = slotOf(node, code, mask); keys[s] !== -1; s = (s + 1) & mask) if (keys[s] === key) return children[s]!;
  return 0;
}

/**
 * The automaton's edges below the root in one open-addressing table sized for `capacity` edges: no map lookup per
 * scanned unit.
 */
function edgeTable(capacity: number): {
  keys: Float64Array;
  children: Int32Array;
  add(node: number, code: number, child: number): void;
} {
  let size = 16;
  while (size < capacity * 2) size *= 2;
  const mask = size - 1;
  const keys = new Float64Array(size).fill(-1);
  const children = new Int32Array(size);
  return {
    keys,
    children,
    add(node, code, child) {
      let s = slotOf(node, code, mask);
      while (keys[s] !== -1) s = (s + 1) & mask;
      keys[s] = node * 0x10000 + code;
      children[s] = child;
    },
  };
}
