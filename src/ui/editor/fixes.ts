import type { FieldInfo, Finding } from '../../core/model';
import type { MessageKey } from '../i18n/messages';

/** One text edit in source offsets (0-based UTF-16). */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

/** A quick fix: a title and the edits that apply it. */
export interface SourceFix {
  title: string;
  edits: SourceEdit[];
  preferred: boolean;
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export const SIGNATURE_OUTPUT = '{{ platform.signature }}';
/** Rules whose finding means "no leading 【签名】": the fix inserts the platform signature at the start. */
export const SIGNATURE_RULES: readonly string[] = ['signature-leading-required'];

/** Where a finding sits in the source: its own range (target source) or where its output hit came from. */
export function sourceRange(finding: Finding): { start: number; end: number } | undefined {
  if (finding.target === 'source' && finding.start !== undefined && finding.end !== undefined) {
    return { start: finding.start, end: finding.end };
  }
  if (finding.sourceStart !== undefined && finding.sourceEnd !== undefined) {
    return { start: finding.sourceStart, end: finding.sourceEnd };
  }
  return undefined;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Offset right after the variable path inside the `{{ … }}` that prints it, preferring one within `near`. */
function variableEnd(
  source: string,
  variable: string,
  near: { start: number; end: number } | undefined,
  masks: readonly string[],
): number | undefined {
  const outputs = new RegExp(`\\{\\{-?\\s*(${escapeRe(variable)})\\s*((?:\\|[^}]*)?)-?\\}\\}`, 'g');
  let fallback: number | undefined;
  for (const m of source.matchAll(outputs)) {
    const filters = m[2] ?? '';
    if (masks.some((f) => new RegExp(`\\|\\s*${escapeRe(f)}\\b`).test(filters))) continue;
    const end = m.index + m[0].indexOf(variable) + variable.length;
    if (near && m.index <= near.end && m.index + m[0].length >= near.start) return end;
    fallback ??= end;
  }
  return fallback;
}

/** The quick fixes the editor offers for one finding on the current source. */
export function fixesFor(finding: Finding, source: string, fields: readonly FieldInfo[], t: T): SourceFix[] {
  const fixes: SourceFix[] = [];
  const range = sourceRange(finding);
  const field = finding.variable ? fields.find((f) => f.path === finding.variable) : undefined;
  if (field?.pii && field.maskFilters && field.maskFilters.length > 0 && !field.banned) {
    const at = variableEnd(source, field.path, range, field.maskFilters);
    const [mask] = field.maskFilters;
    if (at !== undefined && mask) {
      fixes.push({
        title: t('fix.mask', { filter: mask, name: field.path }),
        edits: [{ start: at, end: at, text: ` | ${mask}` }],
        preferred: true,
      });
    }
  }
  if (finding.suggest !== undefined && range && range.end > range.start) {
    const from = source.slice(range.start, range.end);
    if (from !== finding.suggest) {
      fixes.push({
        title: t('fix.replace', { from, to: finding.suggest }),
        edits: [{ ...range, text: finding.suggest }],
        preferred: true,
      });
    }
  }
  if (SIGNATURE_RULES.includes(finding.ruleId) && !source.trimStart().startsWith(SIGNATURE_OUTPUT)) {
    fixes.push({ title: t('fix.signature'), edits: [{ start: 0, end: 0, text: SIGNATURE_OUTPUT }], preferred: true });
  } else if (finding.category === 'missing_element' && finding.suggest && !range && !source.includes(finding.suggest)) {
    fixes.push({
      title: t('fix.append', { text: finding.suggest }),
      edits: [{ start: source.length, end: source.length, text: finding.suggest }],
      preferred: false,
    });
  }
  return fixes;
}
