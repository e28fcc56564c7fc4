export {
  bundleSchema,
  bundleTemplateSchema,
  bundleApprovalSchema,
  bundlePolicySchema,
  bundleSignatureSchema,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  type BundleTemplate,
  type BundleApproval,
  type BundlePolicy,
  type BundleSignature,
} from './schema';
export { templateSha256, computeBundleHash, type HashedTemplate } from './hashes';
export { createBundle, policyFor, type BundleInput, type BundleTemplateInput } from './create';
export { signBundle, generateSigningKey } from './sign';
export { fingerprint } from './fingerprint';
export { verifyBundle, type VerifyOptions } from './verify';
export { bundleJsonSchema } from './json-schema';
