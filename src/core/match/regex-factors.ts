import { alternation, ANY, best, EMPTY, quantified, sequence, setsOf, type Info } from './factor-sets';

const CLASS_CAP = 32;
const DIGITS = [...'0123456789'];
const SYNTAX = '^$\\.*+?()[]{}|/-';
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f' };

class Unsure extends Error {}

const hex = (s: string): number => {
  if (!/^[0-9a-fA-F]+$/.test(s)) throw new Unsure();
  return parseInt(s, 16);
};

/** A recursive-descent reader of `u`-mode regex syntax; anything it does not know makes it give up. */
class Reader {
  pos = 0;
  constructor(readonly src: string) {}

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    return alternation(branches);
  }

  sequence(): Info {
    const items: Info[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      items.push(this.quantifier(this.atom()));
    }
    return sequence(items);
  }

  quantifier(atom: Info): Info {
    const c = this.src[this.pos];
    let min = 1;
    let max = 1;
    if (c === '*' || c === '+' || c === '?') {
      this.pos++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Unsure();
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else return atom;
    if (this.src[this.pos] === '?') this.pos++;
    return quantified(atom, min, max);
  }

  atom(): Info {
    const c = this.src[this.pos];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '.') return (this.pos++, ANY);
    if (c === '^' || c === '$') return (this.pos++, EMPTY);
    if (c === '\\') {
      const e = this.escape(false);
      return e === 'zero' ? EMPTY : e === 'any' ? ANY : { exact: e, req: e };
    }
    if (c === undefined || '*+?{}])|'.includes(c)) throw new Unsure();
    const ch = String.fromCodePoint(this.src.codePointAt(this.pos) ?? 0);
    this.pos += ch.length;
    return { exact: [ch], req: [ch] };
  }

  group(): Info {
    const rest = this.src.slice(this.pos, this.pos + 4);
    let zeroWidth = false;
    if (/^\(\?(?:[=!]|<[=!])/.test(rest)) {
      zeroWidth = true;
      this.pos += rest[2] === '<' ? 4 : 3;
    } else if (rest.startsWith('(?:')) this.pos += 3;
    else if (rest.startsWith('(?<')) {
      const end = this.src.indexOf('>', this.pos);
      if (end < 0) throw new Unsure();
      this.pos = end + 1;
    } else if (rest[1] === '?') throw new Unsure();
    else this.pos += 1;
    const inner = this.alternation();
    if (this.src[this.pos] !== ')') throw new Unsure();
    this.pos++;
    return zeroWidth ? EMPTY : inner;
  }

  /** One escape after `\`: the characters it stands for, 'any' (a large or unknown set) or 'zero' (an assertion). */
  escape(inClass: boolean): string[] | 'any' | 'zero' {
    const c = this.src[this.pos + 1] ?? '';
    this.pos += 2;
    if (c === 'd') return DIGITS;
    if ('DwWsS'.includes(c) && c !== '') return 'any';
    if (c === 'p' || c === 'P') {
      const end = this.src.indexOf('}', this.pos);
      if (this.src[this.pos] !== '{' || end < 0) throw new Unsure();
      this.pos = end + 1;
      return 'any';
    }
    if (c === 'b') return inClass ? ['\b'] : 'zero';
    if (c === 'B' && !inClass) return 'zero';
    if (c === 'k' && !inClass) {
      const end = this.src.indexOf('>', this.pos);
      if (end < 0) throw new Unsure();
      this.pos = end + 1;
      return 'any';
    }
    if (/[1-9]/.test(c) && !inClass) {
      while (/\d/.test(this.src[this.pos] ?? '')) this.pos++;
      return 'any';
    }
    if (c === '0' && !/\d/.test(this.src[this.pos] ?? '')) return ['\0'];
    const control = CONTROL[c];
    if (control !== undefined) return [control];
    if (c === 'c' && /[a-zA-Z]/.test(this.src[this.pos] ?? ''))
      return [String.fromCharCode((this.src.charCodeAt(this.pos++) ?? 0) % 32)];
    if (c === 'x') return [this.codePoint(hex(this.take(2)))];
    if (c === 'u') {
      if (this.src[this.pos] !== '{') return [this.codePoint(hex(this.take(4)))];
      const end = this.src.indexOf('}', this.pos);
      if (end < 0) throw new Unsure();
      const cp = hex(this.src.slice(this.pos + 1, end));
      this.pos = end + 1;
      return [this.codePoint(cp)];
    }
    if (c !== '' && SYNTAX.includes(c)) return [c];
    throw new Unsure();
  }

  take(n: number): string {
    const s = this.src.slice(this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  /** Lone surrogates from `\u` escapes may pair up with the next escape in `u` mode: give up on them. */
  codePoint(cp: number): string {
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new Unsure();
    return String.fromCodePoint(cp);
  }

  charClass(): Info {
    this.pos++;
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const chars = new Set<string>();
    let unbounded = negated;
    while (this.src[this.pos] !== ']') {
      if (this.pos >= this.src.length) throw new Unsure();
      const lo = this.classAtom();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && typeof lo === 'number') {
        this.pos++;
        const hi = this.classAtom();
        if (typeof hi !== 'number' || hi < lo) throw new Unsure();
        if (hi - lo >= CLASS_CAP) unbounded = true;
        else for (let cp = lo; cp <= hi; cp++) chars.add(String.fromCodePoint(cp));
      } else if (typeof lo === 'number') chars.add(String.fromCodePoint(lo));
      else if (lo === 'any') unbounded = true;
      else lo.forEach((ch) => chars.add(ch));
    }
    this.pos++;
    if (unbounded || chars.size > CLASS_CAP || chars.size === 0) return ANY;
    const exact = [...chars];
    return { exact, req: exact };
  }

  /** A single character (as a code point) or a set from a class escape. */
  classAtom(): number | string[] | 'any' {
    if (this.src[this.pos] === '\\') {
      const e = this.escape(true);
      if (e === 'zero') throw new Unsure();
      return Array.isArray(e) && e.length === 1 && e !== DIGITS ? (e[0]?.codePointAt(0) ?? 0) : e;
    }
    const cp = this.src.codePointAt(this.pos) ?? 0;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }
}

/**
 * Literal strings one of which occurs in every match of `/source/flags` — a text containing none of them cannot
 * match. Conservative: undefined whenever the analysis is unsure (flags other than g/u/y, unknown syntax, a part
 * that can match an unbounded set of strings everywhere), so the regex must always run.
 */
export function requiredFactors(source: string, flags: string): string[] | undefined {
  return factorsAndMore(source, flags)?.[0];
}

/**
 * Besides `requiredFactors` (first), up to two more literal sets each of which is certain to occur in every match:
 * a text must hold a literal of every set, so the prefilter skips `(?:你|您)的?(?:家人|父母)` on a text with 您 but
 * no family word. Undefined when `requiredFactors` is.
 */
export function requiredFactorSets(source: string, flags: string): string[][] | undefined {
  return factorsAndMore(source, flags);
}

/** A text holding a longer factor also holds any shorter one inside it. */
const shortest = (set: readonly string[]): string[] => set.filter((f) => !set.some((g) => g !== f && f.includes(g)));

/** The necessary sets of one parsed fragment: its best set first, then up to two more none of which another implies. */
function keptSets(info: Info, max = 3, more: readonly string[][] = []): string[][] | undefined {
  const req = best([info.req]);
  if (!req) return undefined;
  const kept = [shortest(req)];
  for (const set of [...setsOf(info), ...more].map(shortest)) {
    // a set every literal of a kept one contains says nothing more
    if (!kept.some((k) => k.every((a) => set.some((b) => a.includes(b))))) kept.push(set);
  }
  return kept.slice(0, max);
}

/** Up to BRANCH_SETS sets of one branch: besides its best ones, those of its own items (a branch is run rarely). */
const BRANCH_SETS = 6;
const branchSets = (branch: Info): string[][] | undefined =>
  keptSets(
    branch,
    BRANCH_SETS,
    (branch.parts ?? []).flatMap((p) => [...(p.req && !p.req.includes('') ? [p.req] : []), ...setsOf(p)]),
  );

function parse(source: string, flags: string): Info | undefined {
  if (!/^[guy]*$/.test(flags) || !flags.includes('u')) return undefined;
  try {
    const reader = new Reader(source);
    const info = reader.alternation();
    return reader.pos === source.length ? info : undefined;
  } catch (e) {
    if (e instanceof Unsure) return undefined;
    throw e;
  }
}

function factorsAndMore(source: string, flags: string): string[][] | undefined {
  const info = parse(source, flags);
  return info && keptSets(info);
}

/**
 * For a regex that is one alternation (`a|b|c`, or `(?<!…)(?:a|b|c)` up to zero-width parts), the necessary sets of
 * each branch (as `requiredFactorSets`): a text that lacks a set of every branch cannot match, though it may hold a
 * literal of each set of the whole (您 of one branch, 逾期 of another). Undefined for other regexes and when a
 * branch has no factors (it may match anywhere).
 */
export function requiredFactorBranches(source: string, flags: string): string[][][] | undefined {
  const branches = parse(source, flags)?.branches;
  if (!branches) return undefined;
  const out: string[][][] = [];
  for (const branch of branches) {
    const sets = branchSets(branch);
    if (!sets) return undefined;
    out.push(sets);
  }
  return out;
}
