import {
  stageDay,
  stagePolicyOf,
  type BundlePolicy,
  type BundleTemplate,
  type DeepReadonly,
  type StagePolicy,
  type VerifiedBundle,
} from '../../core/index';

export { stageDay };

export interface StageChoice {
  template: DeepReadonly<BundleTemplate>;
  policy: DeepReadonly<BundlePolicy>;
}

/** Overdue from 1 day after the due date; pre-due up to and on it (`D0`). */
const side = (day: number): 'pre-due' | 'overdue' => (day >= 1 ? 'overdue' : 'pre-due');

/** Whether a stage of `day` is the one `policy` picks for `overdueDays`, given the best day found so far. */
function better(policy: StagePolicy, day: number, overdueDays: number, best: number | undefined): boolean {
  if (policy === 'exact-day') return day === overdueDays && best === undefined;
  return day <= overdueDays && side(day) === side(overdueDays) && (best === undefined || day > best);
}

/**
 * The template for a borrower `overdueDays` after the due date (negative before it), by the bundle's signed
 * `stagePolicy` (absent: `exact-day`).
 *
 * - `exact-day`: a template is chosen only on the day its stage names (`D+7` when `loan.overdue_days` is 7), never on
 *   the days after: a stage is one message on one day, as the example templates' names say ("逾期第7天提醒"), so a
 *   borrower between two stages gets no message rather than the last stage's text again every day.
 * - `latest-reached`: the latest stage whose day is at most `overdueDays` (day 10 with D+1, D+7, D+30 → D+7), on the
 *   same side of the due date (a pre-due text such as D0's "今天是还款日" never goes to an overdue borrower). The
 *   daily cap per phone still applies.
 *
 * Under both, only templates for the borrower (`audience: debtor`) are candidates, since the message goes to
 * `borrower.phone`; stages without a day (`hardship`, `agency`) are never chosen automatically; when two debtor
 * templates share the chosen day, the first in the bundle's (signed) order is used.
 */
export function chooseTemplate(bundle: VerifiedBundle, overdueDays: number): StageChoice | undefined {
  const stagePolicy = stagePolicyOf(bundle);
  let chosen: StageChoice | undefined;
  let best: number | undefined;
  for (const [i, template] of bundle.templates.entries()) {
    const policy = bundle.policy[i];
    if (!policy || policy.templateId !== template.id || policy.audience !== 'debtor') continue;
    const day = stageDay(policy.stage);
    if (day === undefined || !better(stagePolicy, day, overdueDays, best)) continue;
    chosen = { template, policy };
    best = day;
  }
  return chosen;
}
