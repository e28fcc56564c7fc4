import type { Problem } from '../core/model';
import type { TemplateDraft } from '../core/model';

/** Problem codes this layer returns. */
export const STORAGE_CODES = [
  'storage/unavailable',
  'storage/blocked',
  'storage/quota',
  'storage/conflict',
  'storage/corrupt',
  'storage/invalid',
  'storage/immutable',
  'storage/not-found',
  'storage/failed',
] as const;
export type StorageCode = (typeof STORAGE_CODES)[number];

/** A save refused because another tab (or import) saved first; `stored` is what is in the database now. */
export interface ConflictProblem extends Problem {
  code: 'storage/conflict';
  stored?: TemplateDraft;
}

/** True for the conflict problem `saveDraft` returns; read `problem.stored` to show both sides. */
export function isConflict(problem: Problem): problem is ConflictProblem {
  return problem.code === 'storage/conflict';
}

/** Thrown by a backend when asked to overwrite or delete in an append-only store. */
export class ImmutableStoreError extends Error {
  override name = 'ImmutableStoreError';
}

const nameOf = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';

/** Maps an IndexedDB / backend error to a problem. `what` names the operation, e.g. `save templates/t1`. */
export function problemFromError(e: unknown, what: string): Problem {
  const name = nameOf(e);
  const detail =
    e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
      ? String((e as { message: unknown }).message)
      : String(e);
  const code: StorageCode =
    name === 'QuotaExceededError'
      ? 'storage/quota'
      : name === 'ConstraintError'
        ? 'storage/conflict'
        : name === 'ImmutableStoreError'
          ? 'storage/immutable'
          : name === 'InvalidStateError' || name === 'VersionError' || name === 'UnknownError'
            ? 'storage/unavailable'
            : 'storage/failed';
  return { code, message: `${what}: ${name ? `${name}: ` : ''}${detail}` };
}
