import {
  stageDay,
  type BundlePolicy,
  type BundleTemplate,
  type DeepReadonly,
  type VerifiedBundle,
} from '../../core/index';

export { stageDay };

export interface StageChoice {
  template: DeepReadonly<BundleTemplate>;
  policy: DeepReadonly<BundlePolicy>;
}

/**
 * The template for a borrower `overdueDays` after the due date (negative before it).
 *
 * Policy: EXACT DAY. A template is chosen only on the day its stage names (`D+7` when `loan.overdue_days` is 7),
 * never on the days after: a stage is one message on one day, as the example templates' names say ("逾期第7天
 * 提醒"), so a borrower between two stages gets no message rather than the last stage's text again every day
 * (which would be the frequent contact the rules forbid, and could state the wrong day). Only templates for the
 * borrower (`audience: debtor`) are candidates, since the message goes to `borrower.phone`; stages without a day
 * (`hardship`) are never chosen automatically. When two debtor templates share a day, the first in the bundle's
 * (signed) order is used.
 */
export function chooseTemplate(bundle: VerifiedBundle, overdueDays: number): StageChoice | undefined {
  for (const [i, template] of bundle.templates.entries()) {
    const policy = bundle.policy[i];
    if (!policy || policy.templateId !== template.id || policy.audience !== 'debtor') continue;
    if (stageDay(policy.stage) === overdueDays) return { template, policy };
  }
  return undefined;
}
