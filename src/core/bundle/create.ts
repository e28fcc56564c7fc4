import type { RulePack } from '../pack/schema';
import { packHash } from '../pack/pack-hash';
import { DEFAULT_META, type TemplateMeta } from '../types';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  DEFAULT_STAGE_POLICY,
  type Bundle,
  type BundleApproval,
  type BundlePolicy,
  type StagePolicy,
} from './schema';
import { computeBundleHash, templateSha256 } from './hashes';

/** One approved template to put in a bundle. `name`/`stage` default to `meta.name ?? id` / `meta.stage ?? ''`. */
export interface BundleTemplateInput {
  id: string;
  name?: string;
  stage?: string;
  meta: TemplateMeta;
  source: string;
  approval: BundleApproval;
}

export interface BundleInput {
  /** ISO date-time; default now */
  createdAt?: string;
  /** ISO date-time after which the bundle is refused; default `defaultNotAfter(createdAt)` (90 days later) */
  notAfter?: string;
  /** positive integer, one above the workspace's last exported bundle (see `bundle/rollback`) */
  sequence: number;
  generator: { name: string; version: string };
  ruleset: { hash: string; ruleCount: number };
  samples: { hash: string };
  templates: BundleTemplateInput[];
  /** the organisation's pack overlay the approvals were made under, if any */
  pack?: RulePack;
  /** which template a loan's overdue days select in the sending system; default `exact-day` */
  stagePolicy?: StagePolicy;
}

/** How long a bundle is valid by default, in days after `createdAt`. */
export const DEFAULT_VALIDITY_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** `createdAt` plus `days` (default 90), as an ISO date-time in UTC. */
export function defaultNotAfter(createdAt: string, days = DEFAULT_VALIDITY_DAYS): string {
  return new Date(Date.parse(createdAt) + days * DAY_MS).toISOString();
}

/** The sending policy a template's meta implies (defaults: 09:00–20:00, 1 per day). */
export function policyFor(t: { id: string; stage: string; meta: TemplateMeta }): BundlePolicy {
  return {
    templateId: t.id,
    stage: t.stage,
    audience: t.meta.audience,
    sendWindow: { ...(t.meta.sendWindow ?? DEFAULT_META.sendWindow) },
    maxPerDay: t.meta.maxPerDay ?? DEFAULT_META.maxPerDay,
  };
}

/**
 * Builds an unsigned v1 bundle: computes each template's `sha256`, the policy from each meta and the `bundleHash`
 * (which covers `notAfter`, `sequence` and `stagePolicy`, always written).
 * Does not judge approvals: the caller (export) refuses templates changed since approval.
 */
export async function createBundle(input: BundleInput): Promise<Bundle> {
  const templates = await Promise.all(
    input.templates.map(async (t) => {
      const base = {
        id: t.id,
        name: t.name ?? t.meta.name ?? t.id,
        stage: t.stage ?? t.meta.stage ?? '',
        meta: t.meta,
        source: t.source,
      };
      return { ...base, sha256: await templateSha256(base), approval: t.approval };
    }),
  );
  const createdAt = input.createdAt ?? new Date().toISOString();
  const body = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt,
    notAfter: input.notAfter ?? defaultNotAfter(createdAt),
    sequence: input.sequence,
    generator: { ...input.generator },
    ruleset: input.pack
      ? {
          ...input.ruleset,
          pack: { name: input.pack.name, revision: input.pack.revision, hash: await packHash(input.pack) },
        }
      : { ...input.ruleset },
    samples: { ...input.samples },
    policy: templates.map(policyFor),
    stagePolicy: input.stagePolicy ?? DEFAULT_STAGE_POLICY,
    templates,
    ...(input.pack ? { pack: input.pack } : {}),
  };
  return { ...body, bundleHash: await computeBundleHash(body) };
}
