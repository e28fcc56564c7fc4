/**
 * Deterministic JSON: object keys sorted by code unit, no whitespace, `undefined` members dropped.
 * Plain data only: throws on a non-finite number or an object that is not a plain object or array.
 * Two values that are equal as data always serialise to the same string, so their hash is stable.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('canonicalJson: non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  // Array.from visits holes too (map would skip them and yield `[,1]`)
  if (Array.isArray(value))
    return `[${Array.from(value, (v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  // a Date, RegExp or Map has no own enumerable members: it would hash as `{}` whatever it holds
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new Error(`canonicalJson: not plain data (${Object.prototype.toString.call(value)})`);
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
