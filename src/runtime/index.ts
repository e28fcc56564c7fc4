/**
 * What the sending system imports (Node 20, no DOM): verify a bundle before loading it, then render its
 * templates with the same engine, filters and limits as the editor. Only a bundle returned by `verifyBundle` renders:
 * anything else, such as the file's JSON parsed by hand, is refused with `bundle/unverified`.
 *
 * ```ts
 * const loaded = await verifyBundle(fileText, { trustedKeys: [publicJwk], lastSequence: lastLoaded });
 * if (!loaded.ok) throw refuse(loaded.problems); // bundle/untrusted-key, bundle/expired, bundle/rollback, …
 * lastLoaded = loaded.value.sequence;
 * const sms = renderFromBundle(loaded.value, 'd-plus-1', borrowerData); // Result<{ text, segments, encoding, units }>
 * ```
 */
export { verifyBundle, fingerprint, isVerifiedBundle, stagePolicyOf, STAGE_POLICIES } from '../core/index';
export type { VerifyOptions, TrustOptions, FreshnessOptions, VerifiedBundle, BundleTrust } from '../core/index';
export type { Bundle, BundleTemplate, BundlePolicy, StagePolicy } from '../core/index';
export type { Problem, Result } from '../core/index';
export type { SampleData } from '../core/index';
export { renderFromBundle, type RenderedMessage, type RenderOptions } from './render-from-bundle';
/**
 * The send dry-run: what the sending system would do with each row of a borrowers CSV at a given time (send,
 * scheduled, held, rejected), as archive lines; see `dryRun`, or `rowContext` + `planRow` + `capRow` per row.
 */
export {
  dryRun,
  rowContext,
  planRow,
  capRow,
  archiveText,
  csvRecords,
  decodeText,
  readHeader,
  chooseTemplate,
  stageDay,
  sendWindow,
  sendGate,
  parseInstant,
  formatCst,
  DailyCap,
  Tally,
  maskPhone,
  idHash,
  type DryRun,
  type DryRunOptions,
  type DryRunSummary,
  type ArchiveLine,
  type RowPlan,
  type RowContext,
  type CsvRecord,
  type CsvEncoding,
  type Decision,
} from './dry-run/index';
