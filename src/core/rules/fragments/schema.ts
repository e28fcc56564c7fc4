import { z } from 'zod';

/** A fragment's name is its file name without `.json` (`rules/fragments/<name>.json`). */
export const FRAGMENT_NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1);

/**
 * One named fragment (`rules/fragments/<name>.json`): either `source`, a piece of a regex that a pattern (or another
 * fragment) splices in where it writes `{{name}}`, or `patterns`, whole patterns that replace a list entry written as
 * exactly `{{name}}`. Strict: unknown keys are errors.
 */
export const fragmentFileSchema = z
  .strictObject({
    note: text,
    source: z.string().min(1).optional(),
    patterns: z.array(z.string().min(1)).min(1).optional(),
  })
  .superRefine((file, ctx) => {
    if ((file.source === undefined) === (file.patterns === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'a fragment has either “source” (a piece of a regex) or “patterns” (whole patterns), not both or neither',
        path: [],
      });
    }
  });
export type FragmentFile = z.infer<typeof fragmentFileSchema>;

/** Resolved fragments (no `{{…}}` left): a piece of a regex, or a list of whole patterns. */
export type Fragments = Readonly<Record<string, string | readonly string[]>>;
