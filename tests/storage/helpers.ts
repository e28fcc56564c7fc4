import { openWorkspace } from '../../src/storage/open-workspace';
import type { Workspace } from '../../src/storage/workspace';
import { MemoryStore } from '../../src/storage/memory-store';
import { Workspace as WorkspaceClass } from '../../src/storage/workspace';
import { createChangeNotifier } from '../../src/storage/change-notifier';
import type { Report } from '../../src/core/types';

let counter = 0;
/** A database name no other test uses. */
export const uniqueName = (label: string): string =>
  `test-${label}-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;

export const HASH_R = '1'.repeat(64);
export const HASH_S = '2'.repeat(64);

/** A clock that ticks one second per call, so order is observable. */
export function clock(start = Date.parse('2024-05-01T08:00:00.000Z')): () => string {
  let t = start;
  return () => new Date((t += 1000)).toISOString();
}

export async function idbWorkspace(label: string, dbName = uniqueName(label)): Promise<Workspace> {
  const r = await openWorkspace({ dbName, now: clock(), fallbackToMemory: false });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

export function memoryWorkspace(): Workspace {
  return new WorkspaceClass(new MemoryStore(), { now: clock(), notifier: createChangeNotifier('unused', false) });
}

/** Both backends behind the same interface. */
export const BACKENDS: [string, (label: string) => Promise<Workspace>][] = [
  ['indexeddb', (label) => idbWorkspace(label)],
  ['memory', async () => memoryWorkspace()],
];

export const cleanReport: Report = { verdict: 'pass', score: 100, findings: [], problems: [], samples: [] };
export const warnReport: Report = {
  verdict: 'warn',
  score: 90,
  findings: [
    {
      ruleId: 'tone-urgent',
      category: 'policy',
      severity: 'warning',
      messageId: 'm',
      vars: {},
      target: 'source',
      start: 0,
      end: 2,
    },
  ],
  problems: [],
  samples: [],
};
export const blockReport: Report = {
  verdict: 'block',
  score: 20,
  findings: [
    {
      ruleId: 'no-threat',
      category: 'threat',
      severity: 'error',
      messageId: 'm',
      vars: {},
      target: 'source',
      start: 0,
      end: 2,
    },
  ],
  problems: [],
  samples: [],
};

export const draftContent = (id = 't1', source = '【钱站】{{ borrower.name }}您好') => ({
  id,
  name: 'D+1 提醒',
  source,
  meta: { audience: 'debtor' as const },
});

export const codes = (r: { problems?: { code: string }[] }): string[] => (r.problems ?? []).map((p) => p.code);
