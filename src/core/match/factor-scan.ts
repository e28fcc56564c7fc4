/** Marks, in one pass over a text, every slot that owns a literal occurring in it. */
export interface FactorScan {
  readonly slots: number;
  mark(text: string, into: Uint8Array): void;
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
  const step = (state: number, code: number): number => {
    for (let s = state; s !== 0; s = fail[s]!) {
      const child = next[s]?.get(code);
      if (child !== undefined) return child;
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
  return {
    slots,
    mark(text, into) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        state = step(state, text.charCodeAt(i));
        const slotsHere = out[state];
        if (slotsHere !== undefined) for (let k = 0; k < slotsHere.length; k++) into[slotsHere[k]!] = 1;
      }
    },
  };
}
