import { verifyBundle, type Bundle, type BundleTemplate } from '../../core/bundle/index';
import { canonicalJson } from '../../core/hash/canonical-json';
import { latestReview } from '../../core/review/approval-status';
import type { Review, TemplateDraft } from '../../core/review/schemas';
import { fail, ok, type Result } from '../../core/result';

/** Who signed an accepted bundle: this browser's key, a trusted key, or nobody. */
export type Signer =
  { kind: 'own'; fingerprint: string } | { kind: 'trusted'; fingerprint: string; label: string } | { kind: 'unsigned' };

/** A verified bundle ready to plan an import. */
export interface CheckedBundle {
  bundle: Bundle;
  signer: Signer;
}

/**
 * Verifies a bundle file's text before anything is imported: schema, template and bundle hashes, approvals and,
 * when signed, the signature, which must be by `own` or one of `trusted` (else `bundle/untrusted-key`).
 * Unsigned bundles are accepted (the UI says so). Problems are verifyBundle's `bundle/*` codes.
 */
export async function checkBundleFile(
  text: string,
  keys: { own?: string; trusted: readonly { fingerprint: string; label: string }[] },
): Promise<Result<CheckedBundle>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail([{ code: 'bundle/json', message: `not JSON: ${e instanceof Error ? e.message : String(e)}` }]);
  }
  const signed = typeof raw === 'object' && raw !== null && 'signature' in raw;
  const fingerprints = [...(keys.own ? [keys.own] : []), ...keys.trusted.map((k) => k.fingerprint)];
  // the text, not `raw`: verifyBundle also refuses a key given twice in one object
  const verified = await verifyBundle(text, signed ? { trustedKeys: fingerprints } : {});
  if (!verified.ok) return fail(verified.problems);
  const bundle = verified.value;
  const fp = bundle.signature?.fingerprint;
  if (fp === undefined) return ok({ bundle, signer: { kind: 'unsigned' } });
  if (fp === keys.own) return ok({ bundle, signer: { kind: 'own', fingerprint: fp } });
  const trusted = keys.trusted.find((k) => k.fingerprint === fp);
  return ok({ bundle, signer: { kind: 'trusted', fingerprint: fp, label: trusted?.label ?? fp } });
}

/**
 * What importing does with one template: `new` (added as an approved version), `identical` (this workspace has
 * the same content approved under the same hash: nothing to do), `conflict` (the id exists with other content or
 * without this approval: skipped unless the user confirms; the current draft is kept as a version first).
 */
export interface ImportItem {
  template: BundleTemplate;
  kind: 'new' | 'identical' | 'conflict';
  existing?: TemplateDraft;
}

export interface BundleImportPlan {
  items: ImportItem[];
  /** the bundle was approved under another ruleset or samples than this workspace checks with: imported templates show "changed since approval" */
  otherRules: boolean;
}

const sameContent = (
  a: { name: string; source: string; meta: unknown },
  b: { name: string; source: string; meta: unknown },
): boolean => a.name === b.name && a.source === b.source && canonicalJson(a.meta) === canonicalJson(b.meta);

/** Sorts each bundled template into new / identical / conflict against the drafts and reviews of this workspace. */
export function planBundleImport(
  bundle: Bundle,
  here: { drafts: readonly TemplateDraft[]; reviews: readonly Review[]; rulesetHash: string; samplesHash: string },
): BundleImportPlan {
  const items = bundle.templates.map((template): ImportItem => {
    const existing = here.drafts.find((d) => d.id === template.id);
    if (!existing) return { template, kind: 'new' };
    const latest = latestReview(here.reviews.filter((r) => r.templateId === template.id));
    const approvedHere = latest?.status === 'approved' && latest.contentHash === template.approval.contentHash;
    return { template, kind: approvedHere && sameContent(existing, template) ? 'identical' : 'conflict', existing };
  });
  return { items, otherRules: bundle.ruleset.hash !== here.rulesetHash || bundle.samples.hash !== here.samplesHash };
}
