import type { VerifiedBundle } from '../../core/model';
import { canonicalJson } from '../../core/model';
import type { Problem } from '../../core/model';
import type { ReportSummary, TemplateDraft } from '../../core/model';
import type { Report, TemplateMeta } from '../../core/model';
import { appendAudit } from '../../storage/audit-store';
import type { Workspace } from '../../storage/index';
import { needsOriginConfirmation, type BundleImportPlan, type Signer } from './import-plan';

type BundleTemplate = VerifiedBundle['templates'][number];

export interface ApplyOptions {
  /** ids of conflicting templates the user confirmed */
  confirmed: readonly string[];
  /** the display name of who imports */
  actor: string;
  /** the report of a source + meta under the current rules (the worker); undefined when it could not be made */
  check(source: string, meta: TemplateMeta): Promise<Report | undefined>;
  /** the hashes checks run against now (to keep a conflicting draft as a version before it is replaced) */
  rulesetHash: string;
  samplesHash: string;
  signer: Signer;
  /**
   * The person confirmed importing although nothing vouches for the origin (unsigned, or an unknown key). Without
   * it such a bundle imports nothing (`unconfirmed`); with it, the confirmation is written into each imported
   * version's message and `imported` audit entry.
   */
  originConfirmed?: boolean;
}

export interface ApplyOutcome {
  imported: string[];
  /** identical, unconfirmed conflicts, an unconfirmed origin, and failures (with problems) */
  skipped: { id: string; reason: 'identical' | 'conflict' | 'unconfirmed' | 'failed'; problems?: Problem[] }[];
}

/** What the reviewer approved, as a summary canApprove accepts: the bundle's justified rules are its warnings. */
function summaryOf(t: BundleTemplate): ReportSummary {
  const { verdict, score, counts } = t.approval.reportSummary;
  return {
    verdict,
    score,
    counts,
    problemCount: 0,
    findingIds: [],
    warningRuleIds: t.approval.justifications.map((j) => j.ruleId).sort(),
  };
}

type Step = { ok: true } | { ok: false; problems: Problem[] };
const stop = (problems: Problem[]): Step => ({ ok: false, problems });

/**
 * Adds the planned templates as approved versions through the storage workflow: draft (created, or replaced after
 * keeping the old draft as a version), version under the bundle's ruleset/samples hashes (its contentHash must be
 * the approval's), submission, approval by the bundle's reviewer with its note and justifications, and an
 * `imported` audit entry naming the signer. A template blocked under the current rules is not approved
 * (`review/blocked`). A bundle whose origin needs confirmation imports nothing unless `originConfirmed`.
 */
export async function applyBundleImport(
  ws: Workspace,
  bundle: VerifiedBundle,
  plan: BundleImportPlan,
  opts: ApplyOptions,
): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { imported: [], skipped: [] };
  if (needsOriginConfirmation(opts.signer) && opts.originConfirmed !== true) {
    const problems = [{ code: 'import/unconfirmed', message: 'the bundle’s origin was not confirmed' }];
    return { imported: [], skipped: plan.items.map((i) => ({ id: i.template.id, reason: 'unconfirmed', problems })) };
  }
  for (const item of plan.items) {
    const id = item.template.id;
    if (item.kind === 'identical') outcome.skipped.push({ id, reason: 'identical' });
    else if (item.kind === 'conflict' && !opts.confirmed.includes(id)) outcome.skipped.push({ id, reason: 'conflict' });
    else {
      const r = await importOne(ws, bundle, item.template, item.kind === 'conflict' ? item.existing : undefined, opts);
      if (r.ok) outcome.imported.push(id);
      else outcome.skipped.push({ id, reason: 'failed', problems: r.problems });
    }
  }
  return outcome;
}

/** How the bundle's origin reads in version messages and the audit log. */
export function originNote(signer: Signer, actor: string): string {
  const who = actor.trim() || '?';
  if (signer.kind === 'unsigned') return `unsigned; origin confirmed by ${who}`;
  if (signer.kind === 'unknown') return `signed by unknown key ${signer.fingerprint}; origin confirmed by ${who}`;
  return `signed by ${signer.fingerprint}`;
}

async function importOne(
  ws: Workspace,
  bundle: VerifiedBundle,
  t: BundleTemplate,
  existing: TemplateDraft | undefined,
  opts: ApplyOptions,
): Promise<Step> {
  const author = `${opts.actor.trim() || '?'} (bundle import)`;
  const content = { id: t.id, name: t.name, source: t.source, meta: structuredClone(t.meta) };
  const origin = originNote(opts.signer, opts.actor);
  let draft: TemplateDraft;
  if (existing) {
    const kept = await keepAsVersion(ws, existing, opts);
    if (!kept.ok) return kept;
    const saved = await ws.saveDraft(content, existing.revision);
    if (!saved.ok) return stop(saved.problems);
    draft = saved.value;
  } else {
    const created = await ws.createTemplate(content, opts.actor);
    if (!created.ok) return stop(created.problems);
    draft = created.value;
  }
  const report = await opts.check(t.source, t.meta);
  if (!report) return stop([{ code: 'import/check', message: `template "${t.id}" could not be checked` }]);
  const version = await ws.saveVersion({
    draft,
    message: `bundle ${bundle.bundleHash.slice(0, 12)} (${origin})`,
    author,
    report,
    rulesetHash: bundle.ruleset.hash,
    samplesHash: bundle.samples.hash,
  });
  if (!version.ok) return stop(version.problems);
  if (version.value.contentHash !== t.approval.contentHash) {
    return stop([
      {
        code: 'bundle/approval-hash',
        message: `template "${t.id}" was stored with another content hash than its approval`,
      },
    ]);
  }
  const submitted = await ws.submitVersion(version.value.id, { name: author, role: 'writer' });
  if (!submitted.ok) return stop(submitted.problems);
  const approved = await ws.approveVersion({
    versionId: version.value.id,
    reviewer: { name: t.approval.reviewer, role: 'reviewer' },
    report: summaryOf(t),
    justifications: t.approval.justifications.map((j) => ({ ...j })),
    note: t.approval.note,
  });
  if (!approved.ok) return stop(approved.problems);
  const detail = `bundle ${bundle.bundleHash.slice(0, 16)} #${bundle.sequence} (${origin}), approved by ${t.approval.reviewer} at ${t.approval.approvedAt}`;
  await appendAudit(ws.backend, {
    at: ws.now(),
    actor: opts.actor,
    action: 'imported',
    templateId: t.id,
    versionId: version.value.id,
    detail,
  });
  return { ok: true };
}

/** Saves the draft about to be replaced as a version, unless its latest version already holds the same content. */
async function keepAsVersion(ws: Workspace, draft: TemplateDraft, opts: ApplyOptions): Promise<Step> {
  const versions = await ws.listVersions(draft.id);
  if (!versions.ok) return stop(versions.problems);
  const last = versions.value.at(-1);
  if (last && last.source === draft.source && canonicalJson(last.meta) === canonicalJson(draft.meta))
    return { ok: true };
  const report = await opts.check(draft.source, draft.meta);
  if (!report)
    return stop([{ code: 'import/check', message: `the current draft of "${draft.id}" could not be checked` }]);
  const saved = await ws.saveVersion({
    draft,
    message: 'kept before bundle import',
    author: opts.actor,
    report,
    rulesetHash: opts.rulesetHash,
    samplesHash: opts.samplesHash,
  });
  return saved.ok ? { ok: true } : stop(saved.problems);
}
