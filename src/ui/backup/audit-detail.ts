import type { AuditEntry } from '../../core/model';
import type { MessageKey } from '../i18n/messages';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

// NOTE: the stored details are machine sentences other code reads back (nextSequence): read here, never rewritten.
const EXPORTED =
  /^sequence (\d{1,15}): (.*) bundle ([0-9a-f]{1,64}) \((signed by (\S+)|unsigned)\), valid until (\S+)$/;
const WORKSPACE_IMPORT = /^added (\d+), overwritten (\d+), skipped (\d+)$/;
const BUNDLE_IMPORT =
  /^bundle ([0-9a-f]{1,64}) #(\d+) \((signed by ([^;)]+)|unsigned|signed by unknown key ([^;)]+))(?:; origin confirmed by ([^)]*))?\), approved by (.*) at (\S+)$/;

/**
 * An audit entry's detail in the UI language: a pack revision or a re-check from their structured data, the
 * machine sentences of exports and imports worded again from their parts; any other detail is the person's own
 * note and is shown as written.
 */
export function auditDetail(e: AuditEntry, t: Translate): string[] {
  if (e.pack) {
    const { name, revision, packHash, reason, changes } = e.pack;
    return [
      t('audit.pack', { name, revision, hash: packHash.slice(0, 12) }),
      t('audit.packReason', { reason }),
      ...changes.map((c) => t('audit.packChange', { key: c.key, change: changeWord(c.change, t), reason: c.reason })),
    ];
  }
  if (e.recheck) {
    const what = t(`recheck.what.${e.recheck.changed}`);
    return [t('audit.changed', { what, verdict: t(`verdict.${e.recheck.verdict}`) })];
  }
  const detail = e.detail ?? '';
  const exported = e.action === 'exported' ? EXPORTED.exec(detail) : null;
  if (exported) {
    const [, sequence = '', file = '', hash = '', , signer, until = ''] = exported;
    const signed = signer ? t('audit.signedBy', { signer }) : t('audit.unsigned');
    return [t('audit.exportedDetail', { sequence, file, hash, signed, until })];
  }
  const counts = e.action === 'imported' ? WORKSPACE_IMPORT.exec(detail) : null;
  if (counts) {
    const [, added = '', overwritten = '', skipped = ''] = counts;
    return [t('audit.importedCounts', { added, overwritten, skipped })];
  }
  const bundle = e.action === 'imported' ? BUNDLE_IMPORT.exec(detail) : null;
  if (bundle) {
    const [, hash = '', sequence = '', , signer, unknown, confirmedBy, reviewer = '', at = ''] = bundle;
    const signed = unknown
      ? t('audit.signedByUnknown', { signer: unknown })
      : signer
        ? t('audit.signedBy', { signer })
        : t('audit.unsigned');
    const confirmed = confirmedBy === undefined ? '' : t('audit.originConfirmed', { who: confirmedBy });
    return [t('audit.bundleImported', { hash, sequence, signed, confirmed, reviewer, at })];
  }
  return detail ? [detail] : [];
}

const changeWord = (change: string, t: Translate): string =>
  change === 'added' || change === 'removed' || change === 'changed' ? t(`audit.change.${change}`) : change;
