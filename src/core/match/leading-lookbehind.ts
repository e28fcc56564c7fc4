/** Index just past the group that opens at `start` (balanced parens; escapes and classes skipped), or -1. */
function groupEnd(src: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether `src` has an alternation `|` at its top level. */
function hasTopLevelAlternation(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Splits leading lookbehind assertions off a regex source: `(?<!A)(?<!B)REST` → guards [`(?<!A)`, `(?<!B)`] and
 * `REST`. A match of the original at p is exactly a match of REST at p where every guard holds at p, and REST
 * usually starts with literals V8 scans for quickly, while a leading lookbehind runs at every position.
 * Returns undefined when the split would change the meaning (top-level `|`, nothing left).
 */
export function splitLeadingLookbehinds(src: string): { guards: string[]; rest: string } | undefined {
  const guards: string[] = [];
  let at = 0;
  while (src.startsWith('(?<!', at) || src.startsWith('(?<=', at)) {
    const end = groupEnd(src, at);
    if (end < 0) return undefined;
    guards.push(src.slice(at, end));
    at = end;
  }
  const rest = src.slice(at);
  if (guards.length === 0 || rest.length === 0 || hasTopLevelAlternation(rest) || /^[*+?{]/.test(rest))
    return undefined;
  return { guards, rest };
}
