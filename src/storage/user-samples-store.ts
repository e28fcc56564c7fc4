import type { Result } from '../core/model';
import { sampleFileSchema, type SampleFile } from '../core/model';
import type { StoreBackend } from './backend';
import { attempt, parseEntries, validate } from './records';

/** The user's own sample borrowers (the repo's samples are read-only and not stored here). */
export function listUserSamples(b: StoreBackend): Promise<Result<SampleFile[]>> {
  return attempt('read userSamples', async () =>
    parseEntries(await b.getAll('userSamples'), sampleFileSchema, 'userSamples'),
  );
}

/** Validates against sampleFileSchema (problems `storage/invalid` with JSON paths) and saves (replacing the same id). */
export function putUserSample(b: StoreBackend, sample: unknown): Promise<Result<SampleFile>> {
  const id = typeof sample === 'object' && sample !== null && 'id' in sample ? String(sample.id) : '?';
  const checked = validate(sample, sampleFileSchema, `userSamples/${id}`);
  if (!checked.ok) return Promise.resolve(checked);
  return attempt(`save userSamples/${id}`, async () => {
    await b.put('userSamples', checked.value);
    return checked;
  });
}

export function deleteUserSample(b: StoreBackend, id: string): Promise<Result<true>> {
  return attempt(`delete userSamples/${id}`, async () => {
    await b.delete('userSamples', id);
    return { ok: true, value: true };
  });
}
