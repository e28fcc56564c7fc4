import type { LegalBasis, Category, Severity } from '../types';
import { instrumentOf, isPrimaryKind, WEAK_BASIS_NOTE } from './instruments';

export type BasisIssueCode =
  'unknown-instrument' | 'kind-mismatch' | 'label-mismatch' | 'no-article' | 'weak-basis-error' | 'weak-basis-unsaid';

export interface BasisIssue {
  code: BasisIssueCode;
  /** index of the basis entry, when the issue is about one entry */
  index?: number;
  detail: string;
}

export interface AuditedRule {
  severity: Severity;
  category: Category;
  basis: readonly LegalBasis[];
}

/** Whether a rule rests on at least one primary instrument (law … carrier rule), not only on blogs, lists or foreign law. */
export const hasPrimaryBasis = (basis: readonly LegalBasis[]): boolean => basis.some((b) => isPrimaryKind(b.kind));

/**
 * The basis policy of the default rules (rules/README.md): every cited instrument is a known one, with its kind and
 * label as the table gives them; a V1 statute or regulation is cited with its article; a rule with no primary
 * instrument says so in a note and never blocks — except `template` rules, which judge the template as code.
 */
export function auditBasis(rule: AuditedRule): BasisIssue[] {
  const issues: BasisIssue[] = [];
  rule.basis.forEach((b, index) => {
    const instrument = instrumentOf(b.source);
    if (!instrument) {
      issues.push({ code: 'unknown-instrument', index, detail: b.source });
      return;
    }
    if (b.kind !== instrument.kind)
      issues.push({ code: 'kind-mismatch', index, detail: `${b.kind} ≠ ${instrument.kind}` });
    if (b.label !== instrument.label)
      issues.push({ code: 'label-mismatch', index, detail: `${b.label} ≠ ${instrument.label}` });
    if (b.label === 'V1' && isPrimaryKind(b.kind) && !b.article?.trim())
      issues.push({ code: 'no-article', index, detail: b.source });
  });
  if (!hasPrimaryBasis(rule.basis)) {
    if (rule.severity === 'error' && rule.category !== 'template')
      issues.push({ code: 'weak-basis-error', detail: 'no primary instrument, yet an error' });
    if (!rule.basis.some((b) => b.note?.startsWith(WEAK_BASIS_NOTE)))
      issues.push({ code: 'weak-basis-unsaid', detail: `no note starting with ${WEAK_BASIS_NOTE}` });
  }
  return issues;
}
