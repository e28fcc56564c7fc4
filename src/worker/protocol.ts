import type { FieldInfo, MessageSource, Problem, Report, Sample, TemplateMeta } from '../core/index';

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

/** Requests from the main thread. `id` is unique per client; the newest request of a `key` wins. */
export type WorkerRequest =
  | { id: number; type: 'catalog' }
  | { id: number; type: 'check'; source: string; meta?: TemplateMeta }
  /**
   * Replaces the user's sample files (path -> parsed JSON or JSON text) checked and rendered next to the repo's
   * samples, until the next `samples` request. A restarted worker starts without them: the client sends them again.
   */
  | { id: number; type: 'samples'; files: Record<string, unknown> };

/** Answers from the worker, plain data only. */
export type WorkerResponse =
  | { id: number; type: 'catalog'; catalog: Catalog }
  | { id: number; type: 'check'; report: Report }
  | { id: number; type: 'samples'; samples: SampleSet }
  | { id: number; type: 'error'; problems: Problem[] };

/** Everything a worker posts: `ready` once after warming up, then one response per request. */
export type WorkerMessage = WorkerResponse | { type: 'ready' };

/** Request payload without the id the client assigns. */
export type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
