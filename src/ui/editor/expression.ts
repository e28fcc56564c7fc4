/** Where the cursor is inside Liquid, found from the text before it (no parsing: a small scan of one line). */
export type CursorContext =
  { kind: 'text' } | { kind: 'variable'; prefix: string } | { kind: 'filter'; prefix: string };

/** Decides what to complete at the end of `before` (the source text before the cursor). */
export function cursorContext(before: string): CursorContext {
  const open = Math.max(before.lastIndexOf('{{'), before.lastIndexOf('{%'));
  if (open < 0) return { kind: 'text' };
  const inside = before.slice(open + 2);
  if (/[}%]\}/.test(inside)) return { kind: 'text' };
  const prefix = /[\w.]*$/.exec(inside)?.[0] ?? '';
  const beforePrefix = inside.slice(0, inside.length - prefix.length);
  if (/\|\s*$/.test(beforePrefix)) return { kind: 'filter', prefix };
  return { kind: 'variable', prefix };
}

/** The dotted identifier (`borrower.id_number`) covering column `index` (0-based) of `line`, with its bounds. */
export function tokenAt(line: string, index: number): { text: string; start: number; end: number } | undefined {
  const isPart = (c: string | undefined): boolean => c !== undefined && /[\w.]/.test(c);
  let start = index;
  let end = index;
  while (isPart(line[start - 1])) start--;
  while (isPart(line[end])) end++;
  if (start === end) return undefined;
  const raw = line.slice(start, end);
  const lead = raw.length - raw.replace(/^\.+/, '').length;
  const text = raw.replace(/^\.+|\.+$/g, '');
  return text ? { text, start: start + lead, end: start + lead + text.length } : undefined;
}

/** True when the identifier starting at `start` on `line` follows a `|`, i.e. names a filter. */
export function isFilterPosition(line: string, start: number): boolean {
  return /\|\s*$/.test(line.slice(0, start));
}

/** The value at a dotted path; through a list it collects each element's value. */
export function valueAt(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split('.')) {
    if (Array.isArray(current)) current = current.map((item) => valueAt(item, key));
    else if (current !== null && typeof current === 'object' && Object.hasOwn(current, key)) {
      current = (current as Record<string, unknown>)[key];
    } else return undefined;
  }
  return current;
}
