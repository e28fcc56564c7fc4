import type { RegexNode } from './regex-ast';
import { firstChars, nullable } from './regex-shape';

/** Bounds for one node walked from one position of one text: `ways` it can match, `steps` to try them all. */
interface Bound {
  ways: number;
  steps: number;
}

// NOTE: shared by every regex judged: a pack repeats the same classes and literals many times.
const CLASSES = new Map<string, RegExp>();
const OVERLAPS = new Map<string, boolean>();

const SYNTAX = /^\\[\^$\\.*+?()[\]{}|/-]$/u;

/** The character a one-character node stands for when it is a plain literal, else undefined. */
function literalOf(raw: string): string | undefined {
  if (SYNTAX.test(raw)) return raw.slice(1);
  if (raw === '.' || raw.startsWith('\\') || raw.startsWith('[')) return undefined;
  return raw;
}

/** The characters of a small positive class (`[a-z'’]`, `\d`, a literal), or undefined when it is large or unknown. */
function enumerate(raw: string): string[] | undefined {
  const lit = literalOf(raw);
  if (lit !== undefined) return [lit];
  if (raw === '\\d') return [...'0123456789'];
  if (!raw.startsWith('[') || raw.startsWith('[^')) return undefined;
  const body = [...raw.slice(1, -1)];
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === '\\') {
      const e = body[++i] ?? '';
      if (e === 'd') {
        out.push(...'0123456789');
        continue;
      }
      if (!/^[\^$\\.*+?()[\]{}|/-]$/u.test(e)) return undefined;
      c = e;
    }
    if (body[i + 1] === '-' && i + 2 < body.length && body[i + 2] !== '\\') {
      const lo = c.codePointAt(0)!;
      const hi = body[i + 2]!.codePointAt(0)!;
      if (hi - lo > 256) return undefined;
      for (let cp = lo; cp <= hi; cp++) out.push(String.fromCodePoint(cp));
      i += 2;
    } else out.push(c);
  }
  return out.length <= 512 ? out : undefined;
}

/**
 * Per-position work bounds of a loop-free regex (lookarounds included: their bodies must be loop-free too).
 * Alternatives whose first characters exclude each other (家人|朋友, [^就将]|将) count as one way, not their sum;
 * `x{m,n}` counts the ways of every iteration count. Values saturate at `cap + 1`.
 */
export function positionCost(src: string, root: RegexNode, flags: string, cap: number): number {
  // NOTE: the plain bound (alternatives add up) is cheap and settles most regexes of a pack.
  const plain = walk(src, root, flags, cap, false);
  return plain <= cap ? plain : walk(src, root, flags, cap, true);
}

function walk(src: string, root: RegexNode, flags: string, cap: number, refine: boolean): number {
  const over = cap + 1;
  const sat = (x: number): number => (x > over || Number.isNaN(x) ? over : x);
  const classOf = (raw: string): RegExp => {
    const key = `${flags}/${raw}`;
    let re = CLASSES.get(key);
    if (!re) CLASSES.set(key, (re = new RegExp(`^(?:${raw})$`, flags)));
    return re;
  };
  const folds = flags.includes('i');
  const hits = (chars: string[], raw: string): boolean => {
    const re = classOf(raw);
    return chars.some((c) => re.test(c) || (folds && (re.test(c.toLowerCase()) || re.test(c.toUpperCase()))));
  };
  const overlapRaw = (ra: string, rb: string): boolean => {
    const ea = enumerate(ra);
    if (ea) return hits(ea, rb);
    const eb = enumerate(rb);
    return eb ? hits(eb, ra) : true;
  };
  const overlap = (ra: string, rb: string): boolean => {
    const key = `${flags}/${ra}\u0000${rb}`;
    let known = OVERLAPS.get(key);
    if (known === undefined) OVERLAPS.set(key, (known = overlapRaw(ra, rb)));
    return known;
  };
  const raws = (nodes: RegexNode[]): string[] => [...new Set(nodes.map((c) => src.slice(c.start, c.end)))];
  /** the distinct sources of the characters `n` can start with */
  const firsts = new Map<RegexNode, string[]>();
  const firstOf = (n: RegexNode): string[] => {
    let f = firsts.get(n);
    if (!f) firsts.set(n, (f = raws(firstChars(n))));
    return f;
  };
  const apart = (xs: string[], ys: string[]): boolean => xs.every((a) => ys.every((b) => !overlap(a, b)));
  const exclusive = (x: RegexNode, y: RegexNode): boolean =>
    !nullable(x) && !nullable(y) && apart(firstOf(x), firstOf(y));
  const fold = (c: string): string => (flags.includes('i') ? c.toLowerCase() : c);
  /** The literal first characters of a branch, or undefined when one of them is a class (or it can be empty). */
  const literalFirsts = (b: RegexNode): string[] | undefined => {
    if (nullable(b)) return undefined;
    const out: string[] = [];
    for (const c of firstOf(b)) {
      const lit = literalOf(c);
      if (lit === undefined) return undefined;
      out.push(fold(lit));
    }
    return out;
  };
  /**
   * The most branches that can match at one position: those a branch is not exclusive with (its first characters).
   * Branches starting with literals are bucketed by them, so a 100-word alternation costs no 100² comparisons.
   */
  const altWays = (branches: RegexNode[], bs: Bound[]): number => {
    const lits = branches.map(literalFirsts);
    const bucketWays = new Map<string, number>();
    const general: number[] = [];
    lits.forEach((l, i) => {
      if (!l) general.push(i);
      else for (const c of new Set(l)) bucketWays.set(c, (bucketWays.get(c) ?? 0) + bs[i]!.ways);
    });
    const generalWays = new Map<string, number>();
    const generalFor = (c: string): number => {
      let w = generalWays.get(c);
      if (w === undefined) {
        w = general.reduce((sum, j) => sum + (apart([c], firstOf(branches[j]!)) ? 0 : bs[j]!.ways), 0);
        generalWays.set(c, w);
      }
      return w;
    };
    let most = 0;
    branches.forEach((x, i) => {
      const l = lits[i];
      let w = 0;
      // NOTE: a branch with several first literals adds their buckets up: an upper bound, never an undercount.
      if (l) for (const c of new Set(l)) w += bucketWays.get(c)! + generalFor(c);
      else {
        for (const j of general) if (j === i || !exclusive(x, branches[j]!)) w += bs[j]!.ways;
        for (const [c, cw] of bucketWays) if (!apart(firstOf(x), [c])) w += cw;
      }
      most = Math.max(most, w);
    });
    return most;
  };

  /** `x{m,n}` then a rest that cannot start where another x starts: only the runs that stop go on. */
  const stopsBefore = (item: RegexNode, rest: string[] | undefined): boolean =>
    item.type === 'repeat' && rest !== undefined && !nullable(item.body) && apart(firstOf(item.body), rest);
  /** per item: the first characters of the items after it, or undefined when they can all be empty */
  const restFirsts = (items: RegexNode[]): (string[] | undefined)[] => {
    const out: (string[] | undefined)[] = new Array<string[] | undefined>(items.length).fill(undefined);
    let acc: Set<string> | undefined;
    for (let i = items.length - 1; i > 0; i--) {
      const item = items[i]!;
      acc = nullable(item) ? (acc ? new Set([...acc, ...firstOf(item)]) : undefined) : new Set(firstOf(item));
      out[i - 1] = acc && [...acc];
    }
    return out;
  };

  const bounds = new Map<RegexNode, Bound>();
  const bound = (n: RegexNode): Bound => {
    if (!refine) return boundOf(n);
    let b = bounds.get(n);
    if (!b) bounds.set(n, (b = boundOf(n)));
    return b;
  };
  const boundOf = (n: RegexNode): Bound => {
    switch (n.type) {
      case 'seq': {
        let ways = 1;
        let steps = 0;
        const rest = refine ? restFirsts(n.items) : [];
        n.items.forEach((item, i) => {
          const b = bound(item);
          steps = sat(steps + ways * b.steps);
          if (refine && item.type === 'repeat' && stopsBefore(item, rest[i])) {
            // NOTE: where the rest can start, no further x can: only the leaves of the iteration tree go on (at most
            // ways(x)^n of them); every other stop fails on its next character, one step each.
            steps = sat(steps + ways * b.ways);
            ways = sat(ways * Math.max(1, bound(item.body).ways ** item.max));
          } else ways = sat(ways * b.ways);
        });
        return { ways, steps };
      }
      case 'alt': {
        const bs = n.branches.map(bound);
        const steps = sat(bs.reduce((s, b) => s + b.steps, 0));
        const ways = refine ? altWays(n.branches, bs) : bs.reduce((w, b) => w + b.ways, 0);
        return { ways: sat(ways), steps };
      }
      case 'group':
        return n.look ? { ways: 1, steps: sat(1 + bound(n.body).steps) } : bound(n.body);
      case 'repeat': {
        if (n.max === Infinity) return { ways: over, steps: over };
        const one = bound(n.body);
        let ways = 0;
        let steps = 0;
        for (let k = 0, power = 1; k <= n.max && ways < over; k++, power = sat(power * one.ways)) {
          if (k >= n.min) ways = sat(ways + power);
          if (k < n.max) steps = sat(steps + power * (one.steps + 1));
        }
        return { ways, steps };
      }
      default:
        return { ways: 1, steps: 1 };
    }
  };
  return bound(root).steps;
}
