import type { z } from 'zod';
import type { Matchable } from '../../match/matchable';
import type { LintIssue } from '../../match/lint-issue';
import type { RegexList } from '../../match/regexes';
import type { ResolvedMeta } from '../../meta/schema';
import type { TemplateAnalysis } from '../../render/analyze';
import type { Problem } from '../../result';
import type { Sample } from '../../samples/schema';
import type { Severity, Target } from '../../types';
import type { Placeholder } from '../placeholders';

/** What a kind's `run` reports; the check engine turns hits into findings (merge, source mapping, ids). */
export interface RawHit {
  /** 0-based UTF-16 offsets into the text of the target: the source, or the rendered sample text */
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

/** A rendered sample as output and meta rules see it (normalised once per check). */
export interface RenderedSample {
  sample: Sample;
  text: Matchable;
  segments: number;
}

/** What every target sees. */
interface Common {
  source: string;
  meta: ResolvedMeta;
}

/** The context each target's rules receive: once per check (source, meta) or once per rendered sample (output). */
export interface TargetContexts {
  source: Common & {
    analysis: TemplateAnalysis | undefined;
    /** Liquid parse problems (code template/parse, with offsets) */
    parseProblems: readonly Problem[];
  };
  output: Common & {
    sample: Sample;
    text: Matchable;
    segments: number;
    /** the categories the text classifier reads in `text` (classified on the first call, once per distinct text) */
    modelReads: () => ReadonlySet<string>;
  };
  meta: Common & { outputs: readonly RenderedSample[] };
}

/** A kind's `run` argument: its target's context plus the rule's params and compiled state. */
export type KindContext<T extends Target, P, C> = TargetContexts[T] & { params: P; compiled: C };

/** A rule kind: one target, a strict params schema, an optional load-time compile/lint, and `run`. */
export interface Kind<N extends string, T extends Target, P, C> {
  name: N;
  target: T;
  params: z.ZodType<P>;
  /** precompiles matchers once per rule (cached) and lints the params */
  compile?: (params: P) => { compiled: C; issues: LintIssue[] };
  /**
   * Output kinds whose every hit needs a match of one of these regexes on the normalised text: the engine skips
   * `run` on a text where the prefilter rules them all out (run would find nothing).
   */
  gates?: (compiled: C) => readonly RegexList[] | undefined;
  /** the params that are lists of regex sources: a rule may write fragment references (`{{name}}`) there only */
  regexParams?: readonly string[];
  run: (ctx: KindContext<T, P, C>) => RawHit[];
}

/** Declares a kind; the types of `run`'s context follow from `target`, `params` and `compile`. */
export function defineKind<const N extends string, T extends Target, P, C = undefined>(
  kind: Kind<N, T, P, C>,
): Kind<N, T, P, C> {
  return kind;
}

/** Any kind, as the engine holds it: it only passes a context built for `target` and the rule's own state. */
// NOTE: `never` params/compiled let every concrete kind be assigned here without `any`; the engine pairs each rule
// with the context of its kind's target, so the erased call is sound.
export interface AnyKind {
  name: string;
  target: Target;
  params: z.ZodType<unknown>;
  compile?: (params: never) => { compiled: unknown; issues: LintIssue[] };
  gates?: (compiled: never) => readonly RegexList[] | undefined;
  regexParams?: readonly string[];
  run: (ctx: never) => RawHit[];
}
