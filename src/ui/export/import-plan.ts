import { verifyBundle, type BundleTrust, type VerifiedBundle } from '../../core/model';
import { canonicalJson } from '../../core/model';
import { parseJson } from '../../core/model';
import { latestReview } from '../../core/model';
import type { Review, TemplateDraft } from '../../core/model';
import { fail, ok, type Problem, type Result } from '../../core/model';

/** Who signed an accepted bundle: this browser's key, a trusted key, a key this browser does not know, or nobody. */
export type Signer =
  | { kind: 'own'; fingerprint: string }
  | { kind: 'trusted'; fingerprint: string; label: string }
  | { kind: 'unknown'; fingerprint: string }
  | { kind: 'unsigned' };

/** True when nothing vouches for the bundle's origin: it may be imported only after the person confirms it. */
export const needsOriginConfirmation = (signer: Signer): boolean =>
  signer.kind === 'unknown' || signer.kind === 'unsigned';

/** A verified bundle ready to plan an import. */
export interface CheckedBundle {
  bundle: VerifiedBundle;
  signer: Signer;
  /** `bundle/unsigned` or `bundle/untrusted-key` when the origin needs the person's confirmation; else empty */
  warnings: Problem[];
}

export interface BundleKeys {
  /** this browser's signing key fingerprint */
  own?: string;
  trusted: readonly { fingerprint: string; label: string }[];
}

function signerOf(trust: BundleTrust, keys: BundleKeys): Signer {
  if (trust.kind === 'unsigned') return { kind: 'unsigned' };
  const fp = trust.fingerprint;
  if (trust.kind === 'untrusted') return { kind: 'unknown', fingerprint: fp };
  if (fp === keys.own) return { kind: 'own', fingerprint: fp };
  const trusted = keys.trusted.find((k) => k.fingerprint === fp);
  return { kind: 'trusted', fingerprint: fp, label: trusted?.label ?? fp };
}

function warningsFor(signer: Signer): Problem[] {
  if (signer.kind === 'unsigned')
    return [{ code: 'bundle/unsigned', message: 'the bundle is not signed: nothing shows who made it' }];
  if (signer.kind === 'unknown')
    return [
      {
        code: 'bundle/untrusted-key',
        message: `signed by key ${signer.fingerprint}, which is neither this browser’s key nor a trusted key`,
        path: ['signature', 'publicKeyJwk'],
      },
    ];
  return [];
}

/**
 * Verifies a bundle file's text before anything is imported: JSON (`bundle/json` naming `file`, line and column),
 * schema, template and bundle hashes, approvals, signature when signed, and expiry at `now` (default the current
 * time). An unsigned bundle or one signed by a key that is neither `own` nor `trusted` is accepted with a warning
 * (`warnings`): the import then needs the person's confirmation. Problems are verifyBundle's `bundle/*` codes.
 */
export async function checkBundleFile(
  text: string,
  keys: BundleKeys,
  opts: { file?: string; now?: Date } = {},
): Promise<Result<CheckedBundle>> {
  const json = parseJson(text, 'bundle/json', opts.file);
  if (!json.ok) return fail(json.problems);
  const trustedKeys = [...(keys.own ? [keys.own] : []), ...keys.trusted.map((k) => k.fingerprint)];
  // the text, not the parsed value: the sending system reads the same bytes
  const verified = await verifyBundle(text, {
    trustedKeys,
    allowUnsigned: true,
    allowUntrusted: true,
    ...(opts.now ? { now: opts.now } : {}),
  });
  if (!verified.ok) return fail(verified.problems);
  const signer = signerOf(verified.value.trust, keys);
  return ok({ bundle: verified.value, signer, warnings: warningsFor(signer) });
}

/**
 * What importing does with one template: `new` (added as an approved version), `identical` (this workspace has
 * the same content approved under the same hash: nothing to do), `conflict` (the id exists with other content or
 * without this approval: skipped unless the user confirms; the current draft is kept as a version first).
 */
export interface ImportItem {
  template: VerifiedBundle['templates'][number];
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
  bundle: VerifiedBundle,
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
