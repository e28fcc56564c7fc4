import { z } from 'zod';
import { parseJson } from '../core/model';
import { fail, ok, problemsFromZod, type Result } from '../core/model';
import { auditEntrySchema, reviewSchema, templateDraftSchema, versionSchema } from '../core/model';
import { sampleFileSchema } from '../core/model';
import { packRevisionSchema } from './packs-store';

export const WORKSPACE_FORMAT = 'dunning-workspace' as const;
export const WORKSPACE_FILE_VERSION = 1 as const;

/** A workspace backup (settings are per-browser and not included). Strict: unknown keys are errors. */
export const workspaceFileSchema = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  templates: z.array(templateDraftSchema),
  versions: z.array(versionSchema),
  reviews: z.array(reviewSchema),
  userSamples: z.array(sampleFileSchema),
  audit: z.array(auditEntrySchema),
  /** every revision of the rule pack, oldest first; absent in backups made before packs were backed up */
  packs: z.array(packRevisionSchema).optional(),
});
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;

/**
 * Validates a backup (parsed JSON, or the file's text). Problems: `import/json` (not JSON, with line:column, or a
 * key given twice in one object, with its path), `import/invalid`
 * (with the JSON path, e.g. ['versions', 2, 'contentHash']). Nothing is partially accepted.
 */
export function parseWorkspaceImport(json: unknown, file = 'workspace.json'): Result<WorkspaceFile> {
  let value = json;
  if (typeof json === 'string') {
    const parsed = parseJson(json, 'import/json', file);
    if (!parsed.ok) return fail(parsed.problems);
    value = parsed.value;
  }
  const parsed = workspaceFileSchema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail(problemsFromZod(parsed.error.issues, 'import/invalid', file));
}
