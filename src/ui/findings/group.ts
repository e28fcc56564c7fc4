// NOTE: constants come from core/types (not core/index) so the main bundle does not pull zod schemas.
import { CATEGORIES, SEVERITIES, type Category, type Finding, type Severity } from '../../core/model';

/** Findings of one rule at one source place, one per sample in the report, shown as one item. */
export interface MergedFinding {
  /** the first finding: its message, match and offsets are shown */
  finding: Finding;
  all: Finding[];
  sampleIds: string[];
}

export interface FindingGroup {
  severity: Severity;
  categories: { category: Category; items: MergedFinding[] }[];
  count: number;
}

/** A finding of the text classifier (`model/<category>`): a second signal, shown apart from the rules' findings. */
export const isModelFinding = (f: Pick<Finding, 'ruleId'>): boolean => f.ruleId.startsWith('model/');

function mergeKey(f: Finding): string | undefined {
  if (f.target !== 'output' || f.sourceStart === undefined) return undefined;
  return `${f.ruleId}|${f.sourceStart}|${f.sourceEnd ?? ''}|${f.variable ?? ''}`;
}

/** Merges output findings of the same rule that come from the same place in the source. */
export function mergeFindings(findings: readonly Finding[]): MergedFinding[] {
  const merged: MergedFinding[] = [];
  const byKey = new Map<string, MergedFinding>();
  for (const f of findings) {
    const key = mergeKey(f);
    const ids = f.sampleIds ?? (f.sampleId ? [f.sampleId] : []);
    const existing = key ? byKey.get(key) : undefined;
    if (existing) {
      existing.all.push(f);
      for (const id of ids) if (!existing.sampleIds.includes(id)) existing.sampleIds.push(id);
      continue;
    }
    const item: MergedFinding = { finding: f, all: [f], sampleIds: [...ids] };
    merged.push(item);
    if (key) byKey.set(key, item);
  }
  return merged;
}

/** Groups findings by severity (error first), then by category in the catalog order. Empty groups are left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const items = mergeFindings(findings);
  return SEVERITIES.flatMap((severity) => {
    const ofSeverity = items.filter((m) => m.finding.severity === severity);
    if (ofSeverity.length === 0) return [];
    const categories = CATEGORIES.flatMap((category) => {
      const inCategory = ofSeverity.filter((m) => m.finding.category === category);
      return inCategory.length > 0 ? [{ category, items: inCategory }] : [];
    });
    return [{ severity, categories, count: ofSeverity.length }];
  });
}
