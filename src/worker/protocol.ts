import type {
  Audience,
  Category,
  FieldInfo,
  LegalBasis,
  MessageSource,
  Problem,
  Report,
  RulePack,
  Sample,
  Severity,
  Target,
  TemplateMeta,
} from '../core/index';

export type { Lang } from '../core/index';

/** A domain filter's documentation without its implementation (functions do not survive postMessage). */
export interface FilterInfo {
  name: string;
  zh: string;
  en: string;
  args?: string;
  /** `{{ input | name: args }}` renders `output` */
  examples: { input: unknown; args?: unknown[]; output: string }[];
}

/** An example template as the library shows it. */
export interface TemplateInfo {
  id: string;
  name: string;
  source: string;
  meta: TemplateMeta;
}

/** Everything the main thread needs to know about the environment, fetched once. */
export interface Catalog {
  samples: Sample[];
  templates: TemplateInfo[];
  fields: FieldInfo[];
  filters: FilterInfo[];
  /** SHA-256 (hex) of the ruleset checks run against: approvals bind it */
  rulesetHash: string;
  /** how many rules that ruleset has (bundles record it) */
  ruleCount: number;
  /** SHA-256 (hex) of the samples checks run against: approvals bind it */
  samplesHash: string;
  /** the words of every finding a check can report, by message id (rules and built-ins): `formatFinding` uses them */
  messages: Record<string, MessageSource>;
}

/**
 * The samples checks now run against: the repo's, then the valid user samples. `problems` name what was left out
 * (invalid user files: `sample/json` with line/column, `sample/invalid` with the JSON path, `sample/duplicate-id`).
 */
export interface SampleSet {
  samples: Sample[];
  /** SHA-256 of exactly `samples`: approvals bind it */
  samplesHash: string;
  problems: Problem[];
}

/** A rule example: a template source, or a source with a partial meta. */
export type RuleExampleInfo = string | { source: string; meta?: Record<string, unknown> };

/** One rule as the rule catalog shows it: its words, where it applies, its legal basis and its examples. */
export interface RuleInfo {
  id: string;
  title: { zh: string; en: string };
  message: { zh: string; en: string };
  category: Category;
  kind: string;
  target: Target;
  basis: LegalBasis[];
  /** the repo's severity; absent for the organisation's own term rules (`org-…`) */
  defaultSeverity?: Severity;
  /** the severity checks use now; `off` when the pack turned the rule off */
  severity: Severity | 'off';
  /** `repo` (rules/) or `pack` (the organisation's own terms) */
  origin: 'repo' | 'pack';
  /** the params checks use now (the pack's changes applied) */
  params: unknown;
  appliesTo?: { audience: Audience[] };
  suggest?: string;
  /** its examples, the pack's extra ones included */
  examples: { pass: RuleExampleInfo[]; fail: RuleExampleInfo[] };
}

/** The ruleset checks run against: the repo's rules with the organisation's pack (if any) applied. */
export interface RulesInfo {
  /** SHA-256 (hex) of the ruleset: approvals bind it */
  rulesetHash: string;
  ruleCount: number;
  messages: Record<string, MessageSource>;
  /** every repo rule (also those turned off) and every own term rule, sorted by id */
  rules: RuleInfo[];
  /** the pack in use (parsed), if any */
  pack?: RulePack;
  /** what is wrong with the pack (JSON paths), besides the rules' own load problems */
  problems: Problem[];
}

/** One rule example run alone under a ruleset: `ok` when a pass example found nothing and a fail example something. */
export interface ExampleResult {
  ruleId: string;
  expect: 'pass' | 'fail';
  index: number;
  source: string;
  ok: boolean;
  /** findings of this rule */
  hits: number;
  /** the check could not run the example (internal, meta or limit problems) */
  problems: Problem[];
}

/** A template of the library checked under the active ruleset and under a candidate pack. */
export interface PreviewTemplate {
  id: string;
  source: string;
  meta?: TemplateMeta;
}
export interface PreviewResult {
  id: string;
  before: { verdict: Report['verdict']; score: number };
  after: { verdict: Report['verdict']; score: number };
}
/** What a candidate pack would do: its problems, the ruleset hash it gives and every template's verdict change. */
export interface PackPreview {
  /** absent when the candidate does not parse */
  rulesetHash?: string;
  /** the candidate parsed, when it parses */
  pack?: RulePack;
  problems: Problem[];
  results: PreviewResult[];
}

/** Requests from the main thread. `id` is unique per client; the newest request of a `key` wins. */
export type WorkerRequest =
  | { id: number; type: 'catalog' }
  | { id: number; type: 'check'; source: string; meta?: TemplateMeta }
  /**
   * Replaces the user's sample files (path -> parsed JSON or JSON text) checked and rendered next to the repo's
   * samples, until the next `samples` request. A restarted worker starts without them: the client sends them again.
   */
  | { id: number; type: 'samples'; files: Record<string, unknown> }
  /** The rules of the active ruleset for the rule catalog. */
  | { id: number; type: 'rules' }
  /**
   * Checks with the repo's rules and this organisation pack (its text or value; `null`: no pack) from now on. A pack
   * that does not parse changes nothing. A restarted worker starts without it: the client sends it again.
   */
  | { id: number; type: 'pack'; pack: unknown }
  /** Checks templates under the active ruleset and under a candidate pack, without switching to it. */
  | { id: number; type: 'preview'; pack: unknown; templates: PreviewTemplate[] }
  /** Runs these rules' own examples, each rule alone; under a candidate pack when `pack` is given (`null`: none). */
  | { id: number; type: 'examples'; ruleIds: string[]; pack?: unknown };

/** Answers from the worker, plain data only. */
export type WorkerResponse =
  | { id: number; type: 'catalog'; catalog: Catalog }
  | { id: number; type: 'check'; report: Report }
  | { id: number; type: 'samples'; samples: SampleSet }
  | { id: number; type: 'rules'; rules: RulesInfo }
  | { id: number; type: 'preview'; preview: PackPreview }
  | { id: number; type: 'examples'; results: ExampleResult[]; problems: Problem[] }
  | { id: number; type: 'error'; problems: Problem[] };

/**
 * Tells a loaded worker to warm up (load the rules and run one small check), after which it posts `ready`. The page
 * sends it once its editor is shown: the worker's script loads and evaluates in parallel with the editor, but its
 * warm-up no longer takes one of the two cores the editor's start needs.
 */
export type WorkerStart = { type: 'start' };

/**
 * Everything a worker posts: `loaded` once its script has run (a worker that waits for `start`), `ready` once after
 * warming up, then one response per request.
 */
export type WorkerMessage = WorkerResponse | { type: 'loaded' } | { type: 'ready' };

/** Request payload without the id the client assigns. */
export type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
