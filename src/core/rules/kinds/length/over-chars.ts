import type { RawHit } from '../define-kind';

/** A hit from the first character past `max` (counted in code points) to the end. */
export function overChars(text: string, max: number): RawHit[] {
  if (text.length <= max) return [];
  const chars = [...text];
  if (chars.length <= max) return [];
  const start = chars.slice(0, max).join('').length;
  return [{ start, end: text.length, vars: { value: String(chars.length), limit: String(max) } }];
}
