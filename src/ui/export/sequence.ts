import type { AuditEntry } from '../../core/model';

// NOTE: anchored at the start, before the user-chosen file name, so a file name cannot fake a sequence.
const SEQUENCE = /^sequence (\d{1,15}): /;

/**
 * The sequence of this workspace's next bundle: one above the highest recorded by `exportDetail` in its `exported`
 * audit entries (1 for the first). The audit log travels with a workspace backup, so a restored workspace goes on
 * counting; settings are per browser and would not.
 */
export function nextSequence(audit: readonly Pick<AuditEntry, 'action' | 'detail'>[]): number {
  let last = 0;
  for (const e of audit) {
    const m = e.action === 'exported' ? SEQUENCE.exec(e.detail ?? '') : null;
    if (m) last = Math.max(last, Number(m[1]));
  }
  return last + 1;
}

/** The `exported` audit detail of a downloaded bundle; starts with its sequence, which `nextSequence` reads back. */
export function exportDetail(
  file: string,
  b: { sequence: number; bundleHash: string; notAfter: string; signature?: { fingerprint: string } | undefined },
): string {
  const signer = b.signature ? `signed by ${b.signature.fingerprint}` : 'unsigned';
  return `sequence ${b.sequence}: ${file} bundle ${b.bundleHash.slice(0, 16)} (${signer}), valid until ${b.notAfter}`;
}
