import { fail, ok, type Problem, type Result } from '../core/model';
import { templateDraftSchema, type TemplateDraft } from '../core/model';
import type { StoreBackend, StoreName } from './backend';
import { problemFromError } from './errors';
import type { ImportItem, ImportKind, ImportPlan } from './import-plan';
import { packHash, type PackRevision } from './packs-store';

export interface ImportOutcome {
  added: string[];
  overwritten: string[];
  /** conflicts not confirmed, or refused (immutable, changed since the plan) */
  skipped: string[];
}

const STORE_OF: Record<ImportKind, StoreName> = {
  template: 'templates',
  version: 'versions',
  review: 'reviews',
  userSample: 'userSamples',
  pack: 'packs',
};

/**
 * A pack revision is written only with the hash of its own pack and as the next revision here (`import/invalid`,
 * `storage/conflict` otherwise: another tab saved one since the plan).
 */
async function addPackRevision(b: StoreBackend, item: ImportItem): Promise<Problem | undefined> {
  const record = item.record as PackRevision;
  if ((await packHash(record.pack)) !== record.packHash) {
    return { code: 'import/invalid', message: `${item.key}: packHash is not the hash of its pack`, path: ['packHash'] };
  }
  const last = Math.max(0, ...(await b.getAll('packs')).map((e) => Number(e.key)));
  if (record.revision !== last + 1) {
    return { code: 'storage/conflict', message: `${item.key}: the next revision here is ${last + 1}` };
  }
  await b.add('packs', record);
  return undefined;
}

/** An overwritten draft gets the next revision, so a tab holding the old one sees a conflict on its next save. */
async function overwriteDraft(
  b: StoreBackend,
  item: ImportItem,
  planned: TemplateDraft,
  now: string,
): Promise<Problem | undefined> {
  return b.update('templates', item.id, (current) => {
    const stored = templateDraftSchema.safeParse(current);
    if (!stored.success || stored.data.revision !== planned.revision) {
      return { result: { code: 'storage/conflict', message: `${item.key} changed since the import was planned` } };
    }
    const incoming = item.record as TemplateDraft;
    return { write: { ...incoming, revision: stored.data.revision + 1, updatedAt: now }, result: undefined };
  });
}

/**
 * Writes a plan: every `add`, and only the conflicts whose `key` is in `overwrite` (explicit confirmation).
 * Versions and reviews are never overwritten (`import/immutable`). Unknown keys give `import/unknown-key`.
 * Fails only if nothing could be written while something was asked; otherwise ok with problems.
 */
export async function applyImportPlan(
  b: StoreBackend,
  plan: ImportPlan,
  options: { overwrite: readonly string[] },
  now: string,
): Promise<Result<ImportOutcome>> {
  const outcome: ImportOutcome = { added: [], overwritten: [], skipped: [] };
  const problems: Problem[] = [];
  const confirmed = new Set(options.overwrite);
  for (const item of plan.add) {
    try {
      const p =
        item.kind === 'pack'
          ? await addPackRevision(b, item)
          : (await b.add(STORE_OF[item.kind], item.record), undefined);
      if (p) problems.push(p);
      (p ? outcome.skipped : outcome.added).push(item.key);
    } catch (e) {
      problems.push({ ...problemFromError(e, `import ${item.key}`) });
      outcome.skipped.push(item.key);
    }
  }
  for (const c of plan.conflicts) {
    if (!confirmed.delete(c.key)) {
      outcome.skipped.push(c.key);
      continue;
    }
    try {
      const p = !c.overwritable
        ? { code: 'import/immutable', message: `${c.key} is immutable and cannot be overwritten` }
        : c.kind === 'template'
          ? await overwriteDraft(b, c, c.current as TemplateDraft, now)
          : (await b.put(STORE_OF[c.kind], c.record), undefined);
      if (p) problems.push(p);
      (p ? outcome.skipped : outcome.overwritten).push(c.key);
    } catch (e) {
      problems.push(problemFromError(e, `import ${c.key}`));
      outcome.skipped.push(c.key);
    }
  }
  for (const key of confirmed)
    problems.push({ code: 'import/unknown-key', message: `${key} is not a conflict of this plan` });
  const wrote = outcome.added.length + outcome.overwritten.length;
  const asked = plan.add.length + options.overwrite.length;
  return wrote === 0 && asked > 0 && problems.length > 0 ? fail(problems, outcome) : ok(outcome, problems);
}
