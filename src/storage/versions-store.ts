import { fail, type Result } from '../core/model';
import { versionSchema, type Version } from '../core/model';
import type { StoreBackend } from './backend';
import { attempt, parseEntries, parseRecord, validate } from './records';

/** The versions of one template (or all), by number; corrupt records are skipped and reported. */
export function listVersions(b: StoreBackend, templateId?: string): Promise<Result<Version[]>> {
  return attempt('read versions', async () => {
    const entries = await b.getAll(
      'versions',
      templateId === undefined ? undefined : { index: 'byTemplate', value: templateId },
    );
    const r = parseEntries(entries, versionSchema, 'versions');
    if (r.ok) r.value.sort((x, y) => x.templateId.localeCompare(y.templateId) || x.number - y.number);
    return r;
  });
}

export function getVersion(b: StoreBackend, id: string): Promise<Result<Version | undefined>> {
  return attempt(`read versions/${id}`, async () =>
    parseRecord(await b.get('versions', id), versionSchema, 'versions', id),
  );
}

/** The id a template's version number gets. */
export const versionIdOf = (templateId: string, number: number): string => `${templateId}@${number}`;

/**
 * Stores a new version. Versions are immutable: an existing id fails with `storage/conflict` and there is no
 * update or delete.
 */
export async function addVersion(b: StoreBackend, version: Version): Promise<Result<Version>> {
  const checked = validate(version, versionSchema, `versions/${version.id}`);
  if (!checked.ok) return checked;
  const r = await attempt(`save versions/${version.id}`, async () => {
    await b.add('versions', checked.value);
    return checked;
  });
  if (r.ok || r.problems[0]?.code !== 'storage/conflict') return r;
  return fail([{ code: 'storage/conflict', message: `versions/${version.id} exists; versions are immutable` }]);
}
