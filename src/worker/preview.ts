import { checkTemplate, type Ruleset, type Sample } from '../core/index';
import type { PreviewResult, PreviewTemplate } from './protocol';

/** Each template's verdict and score under the active ruleset (`before`) and under a candidate one (`after`). */
export function previewTemplates(
  templates: readonly PreviewTemplate[],
  before: Ruleset,
  after: Ruleset,
  samples: Sample[],
): PreviewResult[] {
  return templates.map((t) => {
    const template = t.meta ? { source: t.source, meta: t.meta } : { source: t.source };
    const a = checkTemplate(template, { ruleset: before, samples });
    const b = checkTemplate(template, { ruleset: after, samples });
    return { id: t.id, before: { verdict: a.verdict, score: a.score }, after: { verdict: b.verdict, score: b.score } };
  });
}
