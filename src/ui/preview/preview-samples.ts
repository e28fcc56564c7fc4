import type { Sample } from '../../core/model';
import { sampleStage, templateStage, type StageKind } from '../../core/model';

/** How a sample relates to the template's stage: it matches, it is the edge next to it, or another stage. */
export type StageFit = 'match' | 'edge' | 'other';

export interface PreviewEntry {
  sample: Sample;
  fit: StageFit;
}

export interface PreviewSelection {
  /** the stage the template is about; undefined when its stage says nothing (every sample matches) */
  kind: StageKind | undefined;
  entries: PreviewEntry[];
  /** samples of another stage left out */
  hidden: number;
}

/**
 * The samples to preview for a template's stage. An overdue template (D+N, hardship, agency) shows the overdue
 * samples plus the edge case next to the boundary, due today (overdue_days 0: "已逾期0天" would be false); a pre-due
 * template (D-N, D0) shows the pre-due samples plus the first overdue day (overdue_days 1). The others are hidden
 * unless `showAll`, or unless `keep` names them (a sample whose hit is being shown). Without a stage, all match.
 */
export function previewSamples(
  samples: readonly Sample[],
  stage: string | undefined,
  showAll = false,
  keep?: string,
): PreviewSelection {
  const kind = templateStage(stage);
  const edgeDay = kind === 'overdue' ? 0 : 1;
  const entries: PreviewEntry[] = [];
  let hidden = 0;
  for (const sample of samples) {
    const days = sample.data.loan.overdue_days;
    const fit: StageFit =
      kind === undefined || sampleStage(days) === kind ? 'match' : days === edgeDay ? 'edge' : 'other';
    if (fit === 'other' && !showAll && sample.id !== keep) hidden++;
    else entries.push({ sample, fit });
  }
  return { kind, entries, hidden };
}
