/** A piece of a message: plain, or a hit to highlight. Rendered as text, never as HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** Cuts a message at its hits (flat sorted [start, end…] pairs; out-of-range parts are clamped). */
export function segments(text: string, hits: readonly number[]): Segment[] {
  const parts: Segment[] = [];
  let at = 0;
  for (let i = 0; i + 1 < hits.length; i += 2) {
    const start = Math.max(at, Math.min(text.length, hits[i] ?? 0));
    const end = Math.max(start, Math.min(text.length, hits[i + 1] ?? 0));
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    if (end > start) parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), hit: false });
  return parts;
}
