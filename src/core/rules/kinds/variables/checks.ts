import type { VariableUse } from '../../../render/analyze';
import { FIELD_BY_PATH, SAMPLE_FIELDS } from '../../../samples/fields';

const ROOTS = new Set(
  SAMPLE_FIELDS.flatMap((f) => f.path.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))),
);
const BANNED = SAMPLE_FIELDS.filter((f) => f.banned).map((f) => f.path);
const PSEUDO = new Set(['size', 'first', 'last']);

/** Whether a variable path exists in the sample schema (objects, fields, and `.size/.first/.last` of them). */
export function isKnownPath(path: string): boolean {
  if (ROOTS.has(path)) return true;
  const cut = path.lastIndexOf('.');
  return cut > 0 && PSEUDO.has(path.slice(cut + 1)) && isKnownPath(path.slice(0, cut));
}

/** Banned: contacts' data (any path through `contacts`), address, employer. */
export function isBanned(path: string): boolean {
  if (path === 'contacts' || path.startsWith('contacts.')) return true;
  return BANNED.some((b) => path === b || path.startsWith(`${b}.`));
}

/** A PII field that reaches the output without one of its masking filters. */
export function isUnmaskedPii(use: VariableUse): boolean {
  const field = FIELD_BY_PATH.get(use.path);
  if (!field?.pii || !use.output) return false;
  const masks = field.maskFilters ?? [];
  return !use.filters.some((f) => masks.includes(f));
}
