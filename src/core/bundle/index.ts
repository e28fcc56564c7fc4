export {
  bundleSchema,
  bundleTemplateSchema,
  bundleApprovalSchema,
  bundlePolicySchema,
  bundleSignatureSchema,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  STAGE_POLICIES,
  DEFAULT_STAGE_POLICY,
  stagePolicySchema,
  stagePolicyOf,
  type StagePolicy,
  type Bundle,
  type BundleTemplate,
  type BundleApproval,
  type BundlePolicy,
  type BundleSignature,
} from './schema';
export { templateSha256, computeBundleHash, type HashedTemplate } from './hashes';
export {
  createBundle,
  policyFor,
  defaultNotAfter,
  DEFAULT_VALIDITY_DAYS,
  type BundleInput,
  type BundleTemplateInput,
} from './create';
export { signBundle, generateSigningKey } from './sign';
export { fingerprint } from './fingerprint';
export { verifyBundle, type VerifyOptions } from './verify';
export type { TrustOptions } from './trust';
export type { FreshnessOptions } from './freshness';
export { isVerifiedBundle, type VerifiedBundle, type BundleTrust, type DeepReadonly } from './verified';
export { bundleJsonSchema } from './json-schema';
