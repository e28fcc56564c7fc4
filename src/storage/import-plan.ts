import { canonicalJson } from '../core/model';
import type { PackRevision } from './packs-store';
import type { WorkspaceFile } from './workspace-file';

export const IMPORT_KINDS = ['template', 'version', 'review', 'userSample', 'pack'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportItem {
  kind: ImportKind;
  id: string;
  /** `${kind}:${id}` — what `applyImport`'s `overwrite` lists */
  key: string;
  record: unknown;
}
export interface ImportConflict extends ImportItem {
  current: unknown;
  /** false for versions, reviews and pack revisions: they are immutable and never overwritten */
  overwritable: boolean;
}
export interface ImportPlan {
  add: ImportItem[];
  /** same id, different content */
  conflicts: ImportConflict[];
  identical: ImportItem[];
  /** the incoming audit entries are not merged (the local log is append-only); one `imported` entry is added */
  incomingAuditEntries: number;
}

/** What is compared: a draft's content (not its revision or time); every other record in full. */
const contentOf = (kind: ImportKind, r: unknown): string => {
  if (kind !== 'template') return canonicalJson(r);
  const { name, source, meta } = r as { name: unknown; source: unknown; meta: unknown };
  return canonicalJson({ name, source, meta });
};

const GROUPS = [
  ['template', 'templates'],
  ['version', 'versions'],
  ['review', 'reviews'],
  ['userSample', 'userSamples'],
] as const;

/** The records the plan compares (an `exportWorkspace()` value fits). */
export type WorkspaceRecords = Pick<WorkspaceFile, 'templates' | 'versions' | 'reviews' | 'userSamples' | 'packs'>;

/** Sorts every incoming record into add / conflicts / identical. Pure; writes nothing. */
export function planImport(current: WorkspaceRecords, incoming: WorkspaceFile): ImportPlan {
  const plan: ImportPlan = { add: [], conflicts: [], identical: [], incomingAuditEntries: incoming.audit.length };
  for (const [kind, field] of GROUPS) {
    const mine = new Map<string, unknown>(current[field].map((r) => [r.id, r]));
    for (const record of incoming[field]) {
      const item: ImportItem = { kind, id: record.id, key: `${kind}:${record.id}`, record };
      const existing = mine.get(record.id);
      if (existing === undefined) plan.add.push(item);
      else if (contentOf(kind, existing) === contentOf(kind, record)) plan.identical.push(item);
      else
        plan.conflicts.push({ ...item, current: existing, overwritable: kind === 'template' || kind === 'userSample' });
    }
  }
  planPacks(current.packs ?? [], incoming.packs ?? [], plan);
  return plan;
}

/**
 * Pack revisions are one history: an incoming revision is added only where it continues the history here (every
 * earlier revision identical or added before it); one that differs from the revision here of the same number, and
 * every revision after it, is a conflict that cannot be overwritten (the history here is kept as it is).
 */
function planPacks(current: readonly PackRevision[], incoming: readonly PackRevision[], plan: ImportPlan): void {
  const mine = new Map(current.map((r) => [r.revision, r]));
  let continues = true;
  let expected = 1;
  for (const record of [...incoming].sort((a, b) => a.revision - b.revision)) {
    const id = String(record.revision);
    const item: ImportItem = { kind: 'pack', id, key: `pack:${id}`, record };
    const existing = mine.get(record.revision);
    if (existing !== undefined && canonicalJson(existing) === canonicalJson(record)) plan.identical.push(item);
    else if (continues && existing === undefined && record.revision === expected) plan.add.push(item);
    else {
      continues = false;
      plan.conflicts.push({ ...item, current: existing ?? current.at(-1), overwritable: false });
    }
    expected = record.revision + 1;
  }
}
