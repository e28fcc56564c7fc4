/** Where in the collection timeline a sample or a template is: before/on the due date, or overdue. */
export type StageKind = 'pre-due' | 'overdue';

/** The stages offered in the meta form; any other `D±N` can be typed. */
export const STAGE_CHOICES = [
  'D-3',
  'D-2',
  'D-1',
  'D0',
  'D+1',
  'D+3',
  'D+7',
  'D+15',
  'D+30',
  'D+60',
  'D+90',
  'hardship',
  'agency',
] as const;

/** Stages without a day: both are about an overdue debt (还款困难 / 委托催收). */
export const NAMED_STAGES = ['hardship', 'agency'] as const;
export type NamedStage = (typeof NAMED_STAGES)[number];
const ALIASES: Record<string, NamedStage> = { 还款困难: 'hardship', 委托催收: 'agency', 受托催收: 'agency' };

/** `D-3` → -3, `D0` / `D+0` → 0, `D+30` → 30; undefined for a stage without a day. */
export function stageDay(stage: string): number | undefined {
  const m = /^D([+-]\d{1,4}|0)$/.exec(stage.trim());
  return m ? Number(m[1]) : undefined;
}

export const isNamedStage = (s: string): s is NamedStage => (NAMED_STAGES as readonly string[]).includes(s);

/**
 * A stage as a writer types it, normalised (`d+7`, `D＋7`, `D +7` → `D+7`; `D+0`/`D-0` → `D0`; 还款困难 → hardship), or
 * undefined when it is no stage: `D` with a signed day of at most 4 digits, or a named stage.
 */
export function parseStage(text: string): string | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/^d/, 'D');
  if (isNamedStage(t)) return t;
  if (ALIASES[t]) return ALIASES[t];
  const day = stageDay(t.replace(/^D([+-])0+(?=\d)/, 'D$1'));
  if (day === undefined) return undefined;
  return day === 0 ? 'D0' : `D${day > 0 ? '+' : ''}${day}`;
}

/** The samples a template of this stage is about: overdue for D+N and the named stages, pre-due for D-N and D0. */
export function templateStage(stage: string | undefined): StageKind | undefined {
  if (stage === undefined || stage.trim() === '') return undefined;
  if (isNamedStage(stage)) return 'overdue';
  const day = stageDay(stage);
  return day === undefined ? undefined : day >= 1 ? 'overdue' : 'pre-due';
}

/** A sample's stage from its data: overdue from 1 day after the due date, pre-due up to and on it. */
export const sampleStage = (overdueDays: number): StageKind => (overdueDays >= 1 ? 'overdue' : 'pre-due');

/**
 * The samples a check of a template at `stage` renders: the ones whose own stage matches it (an overdue message is
 * never checked against a borrower who is not overdue, which would read "已逾期-1天"); all of them when the stage
 * says nothing or none matches.
 */
export function samplesForStage<S extends { data: { loan: { overdue_days: number } } }>(
  samples: readonly S[],
  stage: string | undefined,
): S[] {
  const kind = templateStage(stage);
  if (kind === undefined) return [...samples];
  const matching = samples.filter((s) => sampleStage(s.data.loan.overdue_days) === kind);
  return matching.length > 0 ? matching : [...samples];
}
