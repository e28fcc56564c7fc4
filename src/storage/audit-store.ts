import type { Result } from '../core/model';
import { auditEntrySchema, type AuditEntry } from '../core/model';
import type { StoreBackend } from './backend';
import { attempt, parseEntries, validate } from './records';

/** An entry before the store numbers it. */
export type NewAuditEntry = Omit<AuditEntry, 'seq'>;

/** Appends to the log (the store assigns `seq`). The log has no update or delete. */
export function appendAudit(b: StoreBackend, entry: NewAuditEntry): Promise<Result<AuditEntry>> {
  const checked = validate({ ...entry, seq: 1 }, auditEntrySchema, 'audit');
  if (!checked.ok) return Promise.resolve(checked);
  return attempt('append audit', async () => {
    const { seq: _placeholder, ...rest } = checked.value;
    const seq = await b.add('audit', rest);
    return validate({ ...rest, seq }, auditEntrySchema, 'audit');
  });
}

/** The whole log in `seq` order; corrupt entries are skipped and reported. */
export function listAudit(b: StoreBackend): Promise<Result<AuditEntry[]>> {
  return attempt('read audit', async () => {
    const r = parseEntries(await b.getAll('audit'), auditEntrySchema, 'audit');
    if (r.ok) r.value.sort((x, y) => x.seq - y.seq);
    return r;
  });
}
