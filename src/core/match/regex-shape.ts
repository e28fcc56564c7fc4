import type { RegexNode } from './regex-ast';

/** Whether `n` can match the empty string (lookarounds and assertions count as empty). */
export const nullable = (n: RegexNode): boolean => n.empty;

/** Whether `n` (outside its lookarounds) has a quantifier without an upper bound. */
export function unbounded(n: RegexNode): boolean {
  switch (n.type) {
    case 'alt':
      return n.branches.some(unbounded);
    case 'seq':
      return n.items.some(unbounded);
    case 'group':
      return !n.look && unbounded(n.body);
    case 'repeat':
      return n.max === Infinity || unbounded(n.body);
    default:
      return false;
  }
}

/** Every lookaround group in `n`, outermost first (the bodies of nested ones included). */
export function lookarounds(n: RegexNode, out: RegexNode[] = []): RegexNode[] {
  if (n.type === 'group' && n.look) out.push(n);
  if (n.type === 'alt') n.branches.forEach((b) => lookarounds(b, out));
  else if (n.type === 'seq') n.items.forEach((i) => lookarounds(i, out));
  else if (n.type === 'group' || n.type === 'repeat') lookarounds(n.body, out);
  return out;
}

/** Whether `n` holds a backreference. */
export function hasBackref(n: RegexNode): boolean {
  switch (n.type) {
    case 'backref':
      return true;
    case 'alt':
      return n.branches.some(hasBackref);
    case 'seq':
      return n.items.some(hasBackref);
    case 'group':
    case 'repeat':
      return hasBackref(n.body);
    default:
      return false;
  }
}

/** The one-character nodes that can be the first character `n` consumes. */
export function firstChars(n: RegexNode, out: RegexNode[] = []): RegexNode[] {
  switch (n.type) {
    case 'char':
      out.push(n);
      break;
    case 'alt':
      n.branches.forEach((b) => firstChars(b, out));
      break;
    case 'seq':
      for (const item of n.items) {
        firstChars(item, out);
        if (!nullable(item)) break;
      }
      break;
    case 'group':
      if (!n.look) firstChars(n.body, out);
      break;
    case 'repeat':
      if (n.max > 0) firstChars(n.body, out);
      break;
  }
  return out;
}

/** The one-character nodes that can be the last character `n` consumes. */
export function lastChars(n: RegexNode, out: RegexNode[] = []): RegexNode[] {
  switch (n.type) {
    case 'char':
      out.push(n);
      break;
    case 'alt':
      n.branches.forEach((b) => lastChars(b, out));
      break;
    case 'seq':
      for (let i = n.items.length - 1; i >= 0; i--) {
        lastChars(n.items[i]!, out);
        if (!nullable(n.items[i]!)) break;
      }
      break;
    case 'group':
      if (!n.look) lastChars(n.body, out);
      break;
    case 'repeat':
      if (n.max > 0) lastChars(n.body, out);
      break;
  }
  return out;
}
