/**
 * The one entry other parts import. Pure: liquidjs, zod and small pure libraries only; no DOM, no node:*.
 * Runs unchanged in the Web Worker, in Node (CLI, tests, runtime) and in the sending system.
 */
/** Everything the light door (`core/model`, for the main thread) exports: types, schemas, pure helpers. */
export * from './model';
/** Validates a template meta (JSON text or value); problems name the file and JSON path. */
export { parseMeta, resolveMeta } from './meta/schema';
/** The last index in a sorted array at or before a value (line/column lookups at the edges). */
export { lastAtOrBefore } from './text/last-at-or-before';
export type { PiiKind, PiiMatch } from './pii/kinds';
/** What can be untrue in a well-formed sample (`params.issue` of a `userSampleSchema` issue), and the check itself. */
export { sampleTruthIssues, type SampleIssue } from './samples/truth';
export { SAMPLE_FIELDS, FIELD_BY_PATH } from './samples/fields';

/**
 * Renders a Liquid template against one data record with the domain filters and hard limits
 * (parseLimit, renderLimit, memoryLimit), in-memory partials only, `strictFilters`, `ownPropertyOnly`.
 * Never throws: `{ ok: true, text }` or `{ ok: false, problems }` with codes `template/parse`,
 * `template/render`, `template/limit`, `template/undefined-variable` and 0-based source offsets.
 * Options: `strictVariables` (default false).
 */
export { renderTemplate, type RenderResult, type RenderOptions } from './render/render-template';
export { renderWithTrace, type TracedRender, type OutputSpan } from './render/render-trace';
export { analyzeTemplate, type TemplateAnalysis, type VariableUse } from './render/analyze';
export { DOMAIN_FILTERS, type FilterDoc } from './render/filters/index';

/** CN resident IDs (MOD 11-2 + date + region), mainland mobiles and Luhn-valid bank cards, offsets into `text`. */
export { findPii } from './pii/find-pii';

/** NFKC, full→half width, traditional→simplified, noise between CJK removed; with a map back to the original. */
export { normalise, type Normalised } from './text/normalise';

/** Validates sample files (`path -> parsed JSON`); problems name the file and JSON path. */
export { loadSamples } from './samples/load';
/** The repo's samples/borrowers/, bundled at build time. */
export { defaultSamples } from './samples/defaults';
/** The repo's example templates (samples/templates/), bundled at build time. */
export { defaultTemplates, type ExampleTemplate } from './samples/templates';

/** Validates rule files (`path -> parsed JSON`); invalid files become problems, valid rules keep working. */
export { loadRuleset, applyPackTo, type Ruleset, type Rule } from './rules/load';
/** The repo's rules/, bundled at build time. */
export { defaultRuleset, rulesetHash } from './rules/defaults';
/** SHA-256 over the canonical samples (sorted by id). */
export { samplesHash } from './samples/samples-hash';
/**
 * Checks a template: static findings on the source, dynamic findings on every sample's rendered text,
 * meta findings. Defaults: `defaultRuleset()`, `defaultSamples()`, meta debtor 09:00–20:00, 1/day, not commercial.
 */
export { checkTemplate, type CheckOptions } from './check/check-template';
/** The words of every finding a ruleset can report, by message id, and the built-in ones. */
export { messageSources, BUILTIN_MESSAGES } from './check/messages';

/** Rule packs: an organisation's overlay on the default rules (`loadRuleset(files, pack)` applies it). */
export { parsePack } from './pack/apply';
export { packHash } from './pack/pack-hash';
export { packJsonSchema } from './pack/schema';
/** Loads the full regex checker (recheck) before loading rules a person wrote; the default pack never needs it. */
export { loadRegexChecker } from './match/regex-safety';
/** The repo's rules loaded once at build time (CLI): a start neither re-validates them nor re-derives regex facts. */
export { bundleRules, seedBundledRules, type BundledRules } from './rules/bundled-rules';
export type { RegexFacts } from './match/regex-facts';
/** Tables a build can compute once from the bundled rules and the committed model, for a start to take. */
export { prefilterSeed, seedPrefilter, unseededSlots, type PrefilterSeed } from './match/prefilter';
export { committedModelGramTable, seedModelGramTable } from './classifier/signals';
export type { GramTableData } from './classifier/gram-table';
export type { ClassifierModel } from './classifier/model-types';
