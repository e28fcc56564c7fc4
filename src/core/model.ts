/**
 * The light door into core for the UI main thread and storage: constants, types, schemas and pure helpers that
 * never pull in liquidjs or the rule pack (the editor's start-up JS stays small; checks run in the worker through
 * `core/index`). Everything here is also exported by `core/index`; a test keeps liquidjs out of this closure.
 */
export { ok, fail, problemsFromZod, zodIssueParams, type Problem, type Result } from './result';
export { formatProblem, formatProblemAt, problemPlace, jsonPathText } from './format-problem';
export type {
  Report,
  Finding,
  FindingVars,
  SampleRange,
  TemplateMeta,
  Severity,
  Category,
  Target,
  Audience,
  LegalBasis,
  SampleRender,
  ScoreItem,
} from './types';
export { CATEGORIES, SEVERITIES, AUDIENCES, TARGETS, DEFAULT_META } from './types';
export { formatFinding, LANGS, type MessageSource, type Lang } from './check/format-finding';
export {
  sampleFileSchema,
  userSampleSchema,
  sampleDataSchema,
  type Sample,
  type SampleFile,
  type SampleData,
} from './samples/schema';
export { SAMPLE_ISSUES, type SampleIssueCode } from './samples/truth';
export { defaultTemplates, type ExampleTemplate } from './samples/templates';
export { smsSegments, type SmsSegments } from './sms/segments';
export {
  INSTRUMENTS,
  INSTRUMENT_KINDS,
  EVIDENCE_LABELS,
  instrumentOf,
  isPrimaryKind,
  type Instrument,
  type InstrumentKind,
  type EvidenceLabel,
} from './rules/instruments';
export { hasPrimaryBasis } from './rules/basis-audit';
export type { FieldInfo } from './samples/fields';
export { canonicalJson } from './hash/canonical-json';
export { sha256Hex } from './hash/sha256';
export { rulePackSchema, type RulePack, type OrgTerms } from './pack/schema';
export { parseJson, lineColumnAt } from './json/parse-json';
export * from './review/index';
export * from './bundle/index';
export { publicPart } from './bundle/sign';
export { freshnessProblems } from './bundle/freshness';
export {
  STAGE_CHOICES,
  NAMED_STAGES,
  parseStage,
  stageDay,
  templateStage,
  sampleStage,
  samplesForStage,
  type StageKind,
} from './samples/stage';
