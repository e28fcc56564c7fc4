/** One occurrence of `patterns[pattern]` at [start, end) (UTF-16 offsets). */
export interface Match {
  start: number;
  end: number;
  pattern: number;
}

export interface Matcher {
  /** Every occurrence, overlapping ones included, sorted by start, then longer first, then pattern index. */
  findAll(text: string): Match[];
}

interface Automaton {
  next: Map<number, number>[];
  fail: number[];
  /** patterns ending exactly at this node */
  out: number[][];
  /** nearest node on the fail chain that has outputs, or -1 */
  outLink: number[];
  /** the root's transitions as a dense table (0 = stay at the root), the hot path on CJK text */
  rootNext: Int32Array;
  /** bit per UTF-16 unit some pattern holds: any other unit sends every state back to the root */
  alphabet: Int32Array;
}

function buildTrie(patterns: readonly string[]): Automaton {
  const a: Automaton = {
    next: [new Map()],
    fail: [0],
    out: [[]],
    outLink: [-1],
    rootNext: new Int32Array(0x10000),
    alphabet: new Int32Array(0x10000 >>> 5),
  };
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      a.alphabet[code >>> 5]! |= 1 << (code & 31);
      let child = a.next[node]!.get(code);
      if (child === undefined) {
        child = a.next.length;
        a.next.push(new Map());
        a.fail.push(0);
        a.out.push([]);
        a.outLink.push(-1);
        a.next[node]!.set(code, child);
      }
      node = child;
    }
    a.out[node]!.push(index);
  });
  for (const [code, child] of a.next[0]!) a.rootNext[code] = child;
  return a;
}

function step(a: Automaton, state: number, code: number): number {
  let s = state;
  while (s !== 0) {
    const child = a.next[s]!.get(code);
    if (child !== undefined) return child;
    s = a.fail[s]!;
  }
  return a.rootNext[code]!;
}

function linkFailures(a: Automaton): void {
  const queue: number[] = [];
  for (const child of a.next[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [code, child] of a.next[node]!) {
      const f = step(a, a.fail[node]!, code);
      a.fail[child] = f;
      a.outLink[child] = a.out[f]!.length > 0 ? f : a.outLink[f]!;
      queue.push(child);
    }
  }
}

function scan(a: Automaton, lengths: readonly number[], text: string): Match[] {
  const matches: Match[] = [];
  let state = 0;
  const alphabet = a.alphabet;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((alphabet[code >>> 5]! & (1 << (code & 31))) === 0) {
      state = 0;
      continue;
    }
    state = step(a, state, code);
    for (let node = a.out[state]!.length > 0 ? state : a.outLink[state]!; node !== -1; node = a.outLink[node]!) {
      for (const pattern of a.out[node]!) matches.push({ start: i + 1 - lengths[pattern]!, end: i + 1, pattern });
    }
  }
  return matches;
}

/**
 * Builds an Aho–Corasick automaton over UTF-16 code units (Map transitions). Empty patterns never
 * match; duplicate patterns each report their own index. Search is linear in text + matches.
 */
export function buildMatcher(patterns: readonly string[]): Matcher {
  const a = buildTrie(patterns);
  linkFailures(a);
  const lengths = patterns.map((p) => p.length);
  return {
    findAll(text: string): Match[] {
      return scan(a, lengths, text).sort((x, y) => x.start - y.start || y.end - x.end || x.pattern - y.pattern);
    },
  };
}
