/**
 * A regex syntax tree with source offsets: just enough structure to reason about backtracking. `empty`: whether the
 * node can match the empty string (lookarounds and assertions count as empty), worked out once while parsing.
 */
export type RegexNode = { empty: boolean } & (
  | { type: 'alt'; start: number; end: number; branches: RegexNode[] }
  | { type: 'seq'; start: number; end: number; items: RegexNode[] }
  | { type: 'group'; start: number; end: number; body: RegexNode; look: boolean }
  | { type: 'repeat'; start: number; end: number; body: RegexNode; min: number; max: number }
  /** one character: a literal, a class, an escape or `.` */
  | { type: 'char'; start: number; end: number }
  /** `^`, `$`, `\b`, `\B` */
  | { type: 'assert'; start: number; end: number }
  | { type: 'backref'; start: number; end: number }
);

/** Thrown for syntax the reader does not know; callers treat the regex as not judged. */
export class RegexSyntaxError extends Error {}

/** Parses a `u`-mode regex source (one that already compiled) into a tree; throws RegexSyntaxError otherwise. */
export function parseRegex(src: string): RegexNode {
  let pos = 0;
  const fail = (): never => {
    throw new RegexSyntaxError(`unexpected syntax at ${pos} in /${src}/`);
  };

  function alternation(): RegexNode {
    const start = pos;
    const branches = [sequence()];
    while (src[pos] === '|') {
      pos++;
      branches.push(sequence());
    }
    if (branches.length === 1) return branches[0]!;
    return { type: 'alt', start, end: pos, branches, empty: branches.some((b) => b.empty) };
  }

  function sequence(): RegexNode {
    const start = pos;
    const items: RegexNode[] = [];
    while (pos < src.length && src[pos] !== '|' && src[pos] !== ')') items.push(quantified(atom()));
    return { type: 'seq', start, end: pos, items, empty: items.every((i) => i.empty) };
  }

  function quantified(body: RegexNode): RegexNode {
    const c = src[pos];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      pos++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(pos));
      if (!m) return fail();
      pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else return body;
    if (src[pos] === '?') pos++;
    return { type: 'repeat', start: body.start, end: pos, body, min, max, empty: min === 0 || body.empty };
  }

  function atom(): RegexNode {
    const start = pos;
    const c = src[pos];
    if (c === '(') return group();
    if (c === '^' || c === '$') return (pos++, { type: 'assert', start, end: pos, empty: true });
    if (c === '[') {
      for (pos++; src[pos] !== ']'; pos++) {
        if (pos >= src.length) fail();
        if (src[pos] === '\\') pos++;
      }
      return (pos++, { type: 'char', start, end: pos, empty: false });
    }
    if (c === '\\') return escape();
    if (c === undefined || '*+?{}])|'.includes(c)) return fail();
    pos += (src.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1;
    return { type: 'char', start, end: pos, empty: false };
  }

  function escape(): RegexNode {
    const start = pos;
    const c = src[pos + 1] ?? '';
    pos += 2;
    if (c === 'b' || c === 'B') return { type: 'assert', start, end: pos, empty: true };
    if (/[1-9]/.test(c) || c === 'k') {
      const m = /^\d*|^<[^>]*>/.exec(src.slice(pos));
      pos += m?.[0].length ?? 0;
      return { type: 'backref', start, end: pos, empty: true };
    }
    if (c === 'p' || c === 'P' || (c === 'u' && src[pos] === '{')) {
      const close = src.indexOf('}', pos);
      if (close < 0) fail();
      pos = close + 1;
    } else if (c === 'u') pos += 4;
    else if (c === 'x') pos += 2;
    else if (c === 'c') pos += 1;
    else if (c === '') fail();
    return { type: 'char', start, end: pos, empty: false };
  }

  function group(): RegexNode {
    const start = pos;
    const head = /^\((?:\?(?:[:=!]|<[=!]|<[^>]*>))?/.exec(src.slice(pos))![0];
    if (head.startsWith('(?') && !/^\(\?(?:[:=!]|<)/.test(head)) fail();
    pos += head.length;
    const body = alternation();
    if (src[pos] !== ')') fail();
    pos++;
    const look = /^\(\?(?:[=!]|<[=!])$/.test(head);
    return { type: 'group', start, end: pos, body, look, empty: look || body.empty };
  }

  const tree = alternation();
  if (pos !== src.length) fail();
  return tree;
}

/** The source of `node` with every lookaround left out (`keepLook` decides per lookaround). */
export function printRegex(src: string, node: RegexNode, keepLook = (_n: RegexNode): boolean => false): string {
  const print = (n: RegexNode): string => {
    switch (n.type) {
      case 'alt':
        return n.branches.map(print).join('|');
      case 'seq':
        return n.items.map(print).join('');
      case 'group':
        if (n.look && !keepLook(n)) return '';
        return src.slice(n.start, n.body.start) + print(n.body) + ')';
      case 'repeat':
        return print(n.body) + src.slice(n.body.end, n.end);
      default:
        return src.slice(n.start, n.end);
    }
  };
  return print(node);
}
