/**
 * The light door into core for the UI main thread: constants, types and pure helpers that pull in neither
 * liquidjs nor zod (the editor's start-up JS stays small; the checks themselves run in the worker through
 * `core/index`). Everything here is also exported by `core/index`.
 */
export type { Problem, Result } from './result';
export type {
  Report,
  Finding,
  FindingVars,
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
export { formatFinding, type MessageSource, type Lang } from './check/format-finding';
