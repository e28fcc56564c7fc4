/** An open object (with the keys seen so far and the latest one) or array (with the current index). */
type Frame = { at: string | number; keys?: Set<string>; lastKey?: string; index: number };

/**
 * The JSON path of the first object key that occurs twice in one object of `text`, or undefined.
 * `text` must already be valid JSON (JSON.parse succeeded); keys are compared after unescaping.
 * JSON.parse silently keeps the last of two equal keys, other parsers the first: a bundle with a duplicate key
 * can mean one content to the verifier and another to the sending system, so verifyBundle refuses it.
 */
export function duplicateKeyPath(text: string): (string | number)[] | undefined {
  const stack: Frame[] = [];
  const pathTo = (last: string) => [...stack.slice(1).map((f) => f.at), last];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.keys && text[skipSpace(text, end)] === ':') {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) return pathTo(key);
        top.keys.add(key);
        top.lastKey = key;
      }
      i = end;
      continue;
    }
    if (c === '{' || c === '[') {
      const at = top === undefined ? '' : top.keys ? (top.lastKey ?? '') : top.index;
      stack.push(c === '{' ? { at, keys: new Set(), index: 0 } : { at, index: 0 });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top && !top.keys) top.index++;
    i++;
  }
  return undefined;
}

/** The index of the first character at or after `i` that is not JSON whitespace. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  return i;
}

/** The index just past the closing quote of the string that starts at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}
