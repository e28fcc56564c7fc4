import { z } from 'zod';
import { canonicalJson, fail, ok, rulePackSchema, sha256Hex, type Result } from '../core/model';
import type { StoreBackend } from './backend';
import { attempt, parseEntries, validate } from './records';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256');

export const PACK_CHANGES = ['added', 'removed', 'changed'] as const;

/** One change of a revision against the one before: what (`overrides.no-insults`, `terms.org-x`…) and why. */
export const packChangeSchema = z.strictObject({
  key: z.string().min(1),
  change: z.enum(PACK_CHANGES),
  reason: z.string(),
});
export type PackChange = z.infer<typeof packChangeSchema>;

/**
 * One revision of the organisation's rule pack, kept for good (the store is append-only): the pack itself, its hash,
 * the hash of the ruleset it gives (what approvals bind), who saved it when, why, and each change with its reason.
 */
export const packRevisionSchema = z
  .strictObject({
    revision: z.number().int().positive(),
    packHash: hex64,
    rulesetHash: hex64,
    by: z.string().trim().min(1),
    at: z.iso.datetime({ offset: true }),
    reason: z.string().trim().min(1, 'a reason is required'),
    source: z.enum(['edit', 'import']),
    changes: z.array(packChangeSchema),
    pack: rulePackSchema,
  })
  .refine((r) => r.pack.revision === r.revision, {
    path: ['pack', 'revision'],
    message: 'the pack’s revision must be the record’s revision',
  });
export type PackRevision = z.infer<typeof packRevisionSchema>;

/** A revision before the store adds the pack's hash. */
export type NewPackRevision = Omit<PackRevision, 'packHash'>;

/** SHA-256 of the pack's canonical JSON. */
export const packHash = (pack: PackRevision['pack']): Promise<string> => sha256Hex(canonicalJson(pack));

/** Every readable revision, oldest first; corrupt ones are skipped and reported (`storage/corrupt`). */
export function listPackRevisions(b: StoreBackend): Promise<Result<PackRevision[]>> {
  return attempt('read packs', async () => {
    const r = parseEntries(await b.getAll('packs'), packRevisionSchema, 'packs');
    if (r.ok) r.value.sort((x, y) => x.revision - y.revision);
    return r;
  });
}

/**
 * Adds the next revision: `storage/invalid` (JSON path) when it does not validate, `storage/conflict` when it is not
 * the one after the last stored (another tab saved first).
 */
export async function addPackRevision(b: StoreBackend, input: NewPackRevision): Promise<Result<PackRevision>> {
  const checked = validate({ ...input, packHash: '0'.repeat(64) }, packRevisionSchema, 'packs');
  if (!checked.ok) return checked;
  const record: PackRevision = { ...checked.value, packHash: await packHash(checked.value.pack) };
  return attempt(`add packs/${input.revision}`, async () => {
    const last = Math.max(0, ...(await b.getAll('packs')).map((e) => Number(e.key)));
    if (record.revision !== last + 1) {
      const message = `packs/${record.revision}: the next revision is ${last + 1} (another tab saved one?)`;
      return fail([{ code: 'storage/conflict', message }]);
    }
    await b.add('packs', record);
    return ok(record);
  });
}
