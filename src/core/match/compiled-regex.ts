/** A regex compiled once at load (flags `gu`), with its leading lookbehinds split off as sticky guards. */
export interface CompiledRegex {
  readonly source: string;
  readonly re: RegExp;
  readonly guards: readonly RegExp[];
  /** prefilter slots: skipped on texts that lack every literal of one of its factor sets (see prefilter.ts);
   * undefined = always run */
  readonly slots?: readonly number[];
  /** prefilter slots per branch of a regex that is one alternation: skipped on texts where each lacks a set */
  readonly branches?: readonly (readonly number[])[];
}
export type RegexList = readonly CompiledRegex[];
