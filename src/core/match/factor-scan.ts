/** Marks, in one pass over a text, every slot that owns a literal occurring in it. */
export interface FactorScan {
  readonly slots: number;
  /** sets the bit of every slot owning a literal of `text` in `into` (bit s of word 1 + s / 32) */
  mark(text: string, into: number[]): void;
}

/**
 * An Aho–Corasick automaton over UTF-16 code units whose nodes carry the slots of every literal ending there
 * (its own and those on its suffix chain), so a scan allocates nothing and reports no positions: unlike
 * match/aho-corasick.ts it answers only "which slots have a literal in this text".
 */
export function buildFactorScan(
  literals: readonly string[],
  owners: readonly (readonly number[])[],
  slots: number,
): FactorScan {
  const next: (Map<number, number> | undefined)[] = [undefined];
  const own: number[][] = [[]];
  const rootNext = new Int32Array(0x10000);
  literals.forEach((lit, i) => {
    if (lit.length === 0) return;
    let node = 0;
    for (let k = 0; k < lit.length; k++) {
      const code = lit.charCodeAt(k);
      const map = (next[node] ??= new Map());
      let child = map.get(code);
      if (child === undefined) {
        child = own.length;
        own.push([]);
        next.push(undefined);
        map.set(code, child);
        if (node === 0) rootNext[code] = child;
      }
      node = child;
    }
    own[node]!.push(...(owners[i] ?? []));
  });
  const fail = new Int32Array(own.length);
  const edges = goto(next);
  const step = (state: number, code: number): number => {
    for (let s = state; s !== 0; s = fail[s]!) {
      const child = edges.child(s, code);
      if (child !== 0) return child;
    }
    return rootNext[code]!;
  };
  const out: (readonly number[] | undefined)[] = new Array(own.length);
  const queue = [...(next[0]?.values() ?? [])];
  for (const child of queue) out[child] = own[child]!.length > 0 ? own[child] : undefined;
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [code, child] of next[node] ?? []) {
      const f = step(fail[node]!, code);
      fail[child] = f;
      const merged = [...new Set([...own[child]!, ...(out[f] ?? [])])];
      out[child] = merged.length > 0 ? merged : undefined;
      queue.push(child);
    }
  }
  // NOTE: a unit no literal holds sends every state back to the root: no edge lookup, no failure chain walked.
  const inAlphabet = new Uint8Array(0x10000);
  for (const lit of literals) for (let k = 0; k < lit.length; k++) inAlphabet[lit.charCodeAt(k)] = 1;
  const hasOut = new Uint8Array(own.length);
  for (let n = 0; n < own.length; n++) if (out[n] !== undefined) hasOut[n] = 1;
  const moves = memo(step);
  // the states with output met by the current scan, each once (stamp = scan number), marked after the scan
  const seen = new Int32Array(own.length);
  let stamp = 0;
  let met = new Int32Array(64);
  return {
    slots,
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
        const slotsHere = out[met[k]!]!;
        for (let j = 0; j < slotsHere.length; j++) {
          const slot = slotsHere[j]!;
          into[1 + (slot >>> 5)]! |= 1 << (slot & 31);
        }
      }
    },
  };
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

/** The automaton's edges below the root in one open-addressing table: no map lookup per scanned unit. */
function goto(next: readonly (Map<number, number> | undefined)[]): { child(node: number, code: number): number } {
  let count = 0;
  for (let node = 1; node < next.length; node++) count += next[node]?.size ?? 0;
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  const keys = new Float64Array(size).fill(-1);
  const children = new Int32Array(size);
  const slotOf = (node: number, code: number): number => {
    const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca6b);
    return (h ^ (h >>> 15)) & mask;
  };
  for (let node = 1; node < next.length; node++) {
    for (const [code, child] of next[node] ?? []) {
      let s = slotOf(node, code);
      while (keys[s] !== -1) s = (s + 1) & mask;
      keys[s] = node * 0x10000 + code;
      children[s] = child;
    }
  }
  return {
    child(node, code) {
      const key = node * 0x10000 + code;
      for (let s = slotOf(node, code); keys[s] !== -1; s = (s + 1) & mask) if (keys[s] === key) return children[s]!;
      return 0;
    },
  };
}
