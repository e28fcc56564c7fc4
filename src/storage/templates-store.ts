import { fail, ok, type Result } from '../core/model';
import { templateDraftSchema, type TemplateDraft } from '../core/model';
import type { StoreBackend } from './backend';
import type { ConflictProblem } from './errors';
import { attempt, parseEntries, parseRecord, validate } from './records';

/** What the editor saves; `revision` and `updatedAt` are set by the store. */
export type DraftContent = Pick<TemplateDraft, 'id' | 'name' | 'source' | 'meta'>;

/** Every readable draft, newest first; corrupt records are skipped and reported. */
export function listTemplates(b: StoreBackend): Promise<Result<TemplateDraft[]>> {
  return attempt('read templates', async () => {
    const r = parseEntries(await b.getAll('templates'), templateDraftSchema, 'templates');
    if (r.ok) r.value.sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : x.updatedAt > y.updatedAt ? -1 : 0));
    return r;
  });
}

export function getTemplate(b: StoreBackend, id: string): Promise<Result<TemplateDraft | undefined>> {
  return attempt(`read templates/${id}`, async () =>
    parseRecord(await b.get('templates', id), templateDraftSchema, 'templates', id),
  );
}

/**
 * Saves a draft if the stored revision equals `expectedRevision` (0 = must not exist yet) and returns it with
 * revision `expectedRevision + 1`. Otherwise nothing is written and the result fails with a `storage/conflict`
 * problem whose `stored` is the draft in the database (another tab saved first).
 */
export function saveDraft(
  b: StoreBackend,
  draft: DraftContent,
  expectedRevision: number,
  now: string,
): Promise<Result<TemplateDraft>> {
  const next = validate(
    {
      id: draft.id,
      name: draft.name,
      source: draft.source,
      meta: draft.meta,
      revision: expectedRevision + 1,
      updatedAt: now,
    },
    templateDraftSchema,
    `templates/${draft.id}`,
  );
  if (!next.ok) return Promise.resolve(next);
  return attempt(`save templates/${draft.id}`, () =>
    b.update('templates', draft.id, (current): { write?: TemplateDraft; result: Result<TemplateDraft> } => {
      const stored = parseRecord(current, templateDraftSchema, 'templates', draft.id);
      if (!stored.ok) return { result: stored as Result<never> };
      const revision = stored.value?.revision ?? 0;
      if (revision !== expectedRevision) {
        const problem: ConflictProblem = {
          code: 'storage/conflict',
          message: `templates/${draft.id} is at revision ${revision}, not ${expectedRevision}: it was saved elsewhere`,
          ...(stored.value ? { stored: stored.value } : {}),
        };
        return { result: fail([problem]) };
      }
      return { write: next.value, result: ok(next.value) };
    }),
  );
}
