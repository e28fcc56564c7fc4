import type { BundleApproval, BundleInput, BundleTemplateInput, RulePack, StagePolicy } from '../../core/model';
import type { Review, Version } from '../../core/model';
import type { ExportCandidate } from './exportable';

export interface BundleEnv {
  generator: { name: string; version: string };
  /** the ruleset the approvals were made under (its hash equals every chosen version's rulesetHash) */
  ruleset: { hash: string; ruleCount: number };
  samplesHash: string;
  /** ISO date-time; default now */
  createdAt?: string;
  /** ISO date-time; default 90 days after createdAt */
  notAfter?: string;
  /** this export's place in the workspace's sequence (`nextSequence`) */
  sequence: number;
  /** the organisation's rule pack in use: the bundle carries it and names it in `ruleset.pack` */
  pack?: RulePack;
  /** how the sender picks a template by days overdue (signed); default exact-day */
  stagePolicy?: StagePolicy;
}

/** The bundle approval of a review: reviewer, decidedAt → approvedAt, note, report summary, justifications, hash. */
export function approvalOf(review: Review): BundleApproval {
  const { verdict, score, counts } = review.reportSummary;
  return {
    reviewer: review.reviewer,
    approvedAt: review.decidedAt,
    note: review.note,
    reportSummary: { verdict, score, counts: { ...counts } },
    justifications: review.justifications
      .filter((j) => j.text.trim() !== '')
      .map((j) => ({ ruleId: j.ruleId, text: j.text })),
    contentHash: review.contentHash,
  };
}

/** A bundled template built from the approved version (never the live draft). */
export function templateInputOf(version: Version, review: Review): BundleTemplateInput {
  return {
    id: version.templateId,
    name: version.name || version.meta.name || version.templateId,
    stage: version.meta.stage ?? '',
    meta: version.meta,
    source: version.source,
    approval: approvalOf(review),
  };
}

/**
 * The createBundle input for the chosen candidates, sorted by id (exportable ones only: anything blocked, or approved under
 * other ruleset/samples hashes than `env`, is left out and returned in `refused`).
 */
export function bundleInputFor(
  chosen: readonly ExportCandidate[],
  env: BundleEnv,
): { input: BundleInput; refused: ExportCandidate[] } {
  const templates: BundleTemplateInput[] = [];
  const refused: ExportCandidate[] = [];
  for (const c of chosen) {
    const ok =
      !c.blocked &&
      c.version &&
      c.review &&
      c.version.rulesetHash === env.ruleset.hash &&
      c.version.samplesHash === env.samplesHash;
    if (ok && c.version && c.review) templates.push(templateInputOf(c.version, c.review));
    else refused.push(c);
  }
  const input: BundleInput = {
    generator: { ...env.generator },
    ruleset: { ...env.ruleset },
    samples: { hash: env.samplesHash },
    templates: templates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    sequence: env.sequence,
    ...(env.createdAt === undefined ? {} : { createdAt: env.createdAt }),
    ...(env.notAfter === undefined ? {} : { notAfter: env.notAfter }),
    ...(env.pack === undefined ? {} : { pack: env.pack }),
    ...(env.stagePolicy === undefined ? {} : { stagePolicy: env.stagePolicy }),
  };
  return { input, refused };
}

/** `<name>.dunning.json` with characters that file systems refuse replaced; `bundle` when nothing is left. */
export function bundleFileName(name: string): string {
  const base = name
    .trim()
    .replace(/\.dunning\.json$/i, '')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/^[.\s-]+|[.\s-]+$/g, '');
  return `${base || 'bundle'}.dunning.json`;
}
