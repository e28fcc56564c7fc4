import type { z } from 'zod';
import type { Problem } from '../../result';
import type { Sample } from '../../samples/schema';
import type { Severity, Target, TemplateMeta } from '../../types';
import type { TemplateAnalysis } from '../../render/analyze';
import type { Matchable } from '../matchable';
import type { KindName, Placeholder } from '../rule-schema';

/** What a kind's `run` reports; the check engine turns hits into findings (message, merge, source mapping). */
export interface RawHit {
  /** 0-based UTF-16 offsets into the text of the phase: the source, or the rendered sample text */
  start?: number;
  end?: number;
  /** the matched text (fills {match}) */
  match?: string;
  /** a meta rule reporting on a rendered sample sets this and `target: 'output'` */
  sampleId?: string;
  target?: Target;
  /** overrides the rule's severity (e.g. a meta `warnAfter` hit inside an error rule) */
  severity?: Severity;
  /** placeholder values: {value} {variable} {limit} {sample} */
  vars?: Partial<Record<Placeholder, string>>;
  /** for source hits: the variable path involved */
  variable?: string;
  suggest?: string;
}

/** Load-time lint of a rule's params; `fatal` drops the rule, otherwise it keeps working. */
export interface LintIssue {
  code: string;
  message: string;
  path: (string | number)[];
  fatal?: boolean;
}

export type ResolvedMeta = TemplateMeta &
  Required<Pick<TemplateMeta, 'audience' | 'sendWindow' | 'maxPerDay' | 'commercial'>>;

export interface RenderedSample {
  sample: Sample;
  text: Matchable;
  segments: number;
}

interface BaseCtx<P, C> {
  params: P;
  compiled: C;
  source: string;
  meta: ResolvedMeta;
}
/** target `source`: once per check, on the template source and its static analysis. */
export interface SourceCtx<P = unknown, C = unknown> extends BaseCtx<P, C> {
  phase: 'source';
  analysis: TemplateAnalysis | undefined;
  /** Liquid parse problems (code template/parse, with offsets) */
  parseProblems: readonly Problem[];
}
/** target `output`: once per rendered sample. */
export interface OutputCtx<P = unknown, C = unknown> extends BaseCtx<P, C> {
  phase: 'output';
  sample: Sample;
  text: Matchable;
  segments: number;
}
/** target `meta`: once per check, with every rendered sample. */
export interface MetaCtx<P = unknown, C = unknown> extends BaseCtx<P, C> {
  phase: 'meta';
  outputs: readonly RenderedSample[];
}
export type RuleCtx<P = unknown, C = unknown> = SourceCtx<P, C> | OutputCtx<P, C> | MetaCtx<P, C>;

/** A rule kind: a strict params schema, the targets it fits, an optional load-time compile/lint, and `run`. */
export interface KindDef<P = any, C = any> {
  name: KindName;
  params: z.ZodType<P>;
  targets: readonly Target[];
  /** precompiles matchers once per rule (cached) and lints the params */
  compile?: (params: P, target: Target) => { compiled: C; issues: LintIssue[] };
  run: (ctx: RuleCtx<P, C>) => RawHit[];
}

/** A map from kind name to definition; the check accepts another one in tests. */
export type KindRegistry = Readonly<Record<string, KindDef>>;
