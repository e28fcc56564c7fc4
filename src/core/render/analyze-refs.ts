import { TypeGuards, type Token } from 'liquidjs';

/** A variable read in an expression: root name, the rest of its path (indices dropped), source range. */
export interface Ref {
  root: string;
  rest: string[];
  start: number;
  end: number;
  /** false when the value only selects something else (`a[b]`: b) or bounds a range */
  flows: boolean;
}

/** `first`/`last` (and quoted indices) pick an element: `contacts.first.phone` reads `contacts.phone`. */
const ELEMENT_PICKERS = new Set(['first', 'last']);

function segment(token: unknown): string | undefined {
  if (TypeGuards.isWordToken(token) || TypeGuards.isQuotedToken(token)) return token.content;
  return undefined;
}

/**
 * Every variable read by one value token (pin-specific to liquidjs 10.30.1's token classes):
 * `borrower.name` → root borrower, rest [name]; `contacts[0].phone` → root contacts, rest [phone];
 * `a[b.c]` → a (flows) and b.c (does not flow).
 */
export function refsOf(token: unknown, flows: boolean, out: Ref[] = []): Ref[] {
  if (TypeGuards.isRangeToken(token)) {
    refsOf(token.lhs, false, out);
    refsOf(token.rhs, false, out);
  } else if (TypeGuards.isPropertyAccessToken(token)) {
    const [first, ...props] = token.props;
    if (token.variable !== undefined) {
      refsOf(token.variable, false, out);
    }
    const root = token.variable === undefined ? segment(first) : undefined;
    const rest: string[] = [];
    for (const prop of token.variable === undefined ? props : token.props) {
      const name = segment(prop);
      if (name !== undefined && !ELEMENT_PICKERS.has(name) && !/^\d+$/.test(name)) rest.push(name);
      else if (name === undefined) refsOf(prop, false, out);
    }
    if (token.variable === undefined && root === undefined) refsOf(first, false, out);
    if (root !== undefined) out.push({ root, rest, start: token.begin, end: token.end, flows });
  }
  return out;
}

/** Reads of a filter argument (`append: borrower.phone`, or a keyword argument's value). */
export function refsOfArg(arg: unknown, out: Ref[] = []): Ref[] {
  const value = Array.isArray(arg) ? (arg as unknown[])[1] : arg;
  return refsOf(value as Token | undefined, true, out);
}
