import { charGate } from './char-gate';
import type { LintIssue } from './lint-issue';
import { splitLeadingLookbehinds } from './leading-lookbehind';
import { mayMatch, mayMatchSlots, prefilterBranches, prefilterSlots, runnableSlots } from './prefilter';
import { seededAsSafe } from './regex-facts';
import { regexVerdict } from './regex-safety';
import type { Span } from './spans';
import type { CompiledRegex, RegexList } from './compiled-regex';

export type { CompiledRegex, RegexList } from './compiled-regex';

// Uppercase ASCII outside escapes (\D, \p{Han}…) and classes can never match the lower-cased normalised text.
const ESCAPES = /\\[pPk]\{[^}]*\}|\\k<[^>]*>|\(\?<[^>]*>|\\./g;
const CLASSES = /\[[^\]]*\]/g;

/** The regex of `src` with its leading lookbehinds split off as sticky guards (the whole source if they do not compile). */
function compileParts(src: string, whole?: RegExp): { re: RegExp; guards: RegExp[] } {
  const split = splitLeadingLookbehinds(src);
  if (split) {
    try {
      return { re: new RegExp(split.rest, 'gu'), guards: split.guards.map((g) => new RegExp(g, 'uy')) };
    } catch {
      // the whole source as it is, below
    }
  }
  return { re: whole ?? new RegExp(src, 'gu'), guards: [] };
}

// NOTE: one class for every regex, so the per-sample loops read them through one shape. A source the build proved
// sound (seeded) is compiled on first use: most of a pack's regexes never pass the prefilter in a short run.
class SourceRegex implements CompiledRegex {
  #parts: { re: RegExp; guards: RegExp[] } | undefined;
  constructor(
    readonly source: string,
    readonly slots: readonly number[] | undefined,
    readonly branches: readonly (readonly number[])[] | undefined,
    whole?: RegExp,
  ) {
    if (whole) this.#parts = compileParts(source, whole);
  }
  get re(): RegExp {
    return (this.#parts ??= compileParts(this.source)).re;
  }
  get guards(): readonly RegExp[] {
    return (this.#parts ??= compileParts(this.source)).guards;
  }
}

const FLAGS = 'gu';

/** The compiled regex of `src`; throws when it does not compile (a source the build proved sound compiles later). */
function compileOne(src: string): CompiledRegex {
  const whole = seededAsSafe(src, 'u') ? undefined : new RegExp(src, FLAGS);
  return new SourceRegex(src, prefilterSlots(src, FLAGS), prefilterBranches(src, FLAGS), whole);
}

/**
 * Compiles regex sources; a source that does not compile, matches the empty string or is not proved linear
 * (`rule/unsafe-regex`, see regex-safety.ts: a pack from outside is input too) is a fatal issue.
 * `lowerCaseText` (default) lints uppercase ASCII, which can never match the lower-cased normalised text.
 */
export function compileRegexes(
  sources: readonly string[] | undefined,
  path: (string | number)[],
  lowerCaseText = true,
): { regexes: CompiledRegex[]; issues: LintIssue[] } {
  const regexes: CompiledRegex[] = [];
  const issues: LintIssue[] = [];
  (sources ?? []).forEach((src, i) => {
    const at = [...path, i];
    let compiled: CompiledRegex;
    try {
      compiled = compileOne(src);
    } catch (e) {
      issues.push({
        code: 'rule/bad-regex',
        message: `/${src}/ does not compile: ${(e as Error).message}`,
        path: at,
        fatal: true,
      });
      return;
    }
    // NOTE: a seeded source was proved at build time to compile, never match '' and be linear.
    if (!seededAsSafe(src, 'u') && new RegExp(src, 'u').test('')) {
      issues.push({ code: 'rule/bad-regex', message: `/${src}/ matches the empty string`, path: at, fatal: true });
      return;
    }
    const verdict = regexVerdict(src, 'gu');
    if (!verdict.safe) {
      const why = verdict.judged ? verdict.reason : `not judged (${verdict.reason}); unsafe unless allowlisted`;
      issues.push({
        code: 'rule/unsafe-regex',
        message: `/${src}/ may backtrack super-linearly: ${why}`,
        path: at,
        fatal: true,
      });
      return;
    }
    if (lowerCaseText && /[A-Z]/.test(src.replace(ESCAPES, '').replace(CLASSES, ''))) {
      issues.push({
        code: 'rule/dead-pattern',
        message: `/${src}/ has uppercase ASCII letters but runs on lower-cased text`,
        path: at,
      });
    }
    regexes.push(compiled);
  });
  return { regexes, issues };
}

const nextIndex = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  return i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
};

/**
 * Where the clause holding a position starts; lookbehind guards (negations like 不会…) never reach past it.
 * `listLead`, when the clause is an item of a numbered list, gives the list's normalised lead-in (我们绝不会：), which
 * the guards also read in front of the item: "我们绝不会：1.冒充公检法；2.要求转入个人账户" denies every item.
 */
export type ClauseStart = ((at: number) => number) & { listLead?: (at: number) => string | undefined };

function guardsHoldOn(guards: readonly RegExp[], scoped: string, at: number): boolean {
  return guards.every((g) => {
    g.lastIndex = at;
    return g.test(scoped);
  });
}

function guardsHold(guards: readonly RegExp[], text: string, at: number, clauseStart?: ClauseStart): boolean {
  if (guards.length === 0) return true;
  const from = clauseStart?.(at) ?? 0;
  const scoped = from > 0 ? text.slice(from) : text;
  if (!guardsHoldOn(guards, scoped, at - from)) return false;
  const lead = clauseStart?.listLead?.(at);
  return lead === undefined || guardsHoldOn(guards, lead + scoped, lead.length + at - from);
}

/**
 * Every non-empty match of every regex on `norm`, as ranges of `norm`. No per-call compilation.
 * With `clauseStart`, leading lookbehind guards only see the match's own clause, so "我们不会上门，但会通知你的
 * 紧急联系人" is not excused by the 不会 of the previous clause.
 * A regex whose literal factors (regex-factors.ts) are all absent from `norm` is skipped: it cannot match.
 * `prefilter: false` skips the factor scan: for one-off texts (load-time lints) where it costs more than it saves,
 * and for the original text, whose few cheap character-class patterns are gated by their characters instead
 * (char-gate.ts) once the list is used often. `withinClause` (with `clauseStart`) passes over a match that runs
 * across a clause end and goes on searching from its next character.
 */
export function findRegexes(
  regexes: RegexList,
  norm: string,
  clauseStart?: ClauseStart,
  prefilter = true,
  withinClause = false,
): (Span & { index: number })[] {
  // NOTE: runs for every rule on every sample, mostly finding nothing: no closure, no result array until a match.
  let out: (Span & { index: number })[] | undefined;
  const runnable = prefilter ? runnableSlots(norm) : undefined;
  const may = prefilter ? -1 : charGate(regexes, norm);
  for (let index = 0; index < regexes.length; index++) {
    const regex = regexes[index]!;
    if ((may & (1 << index)) === 0 || !mayMatch(regex, runnable)) continue;
    const { re, guards } = regex;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
      const crosses = withinClause && clauseStart !== undefined && clauseStart(m.index + m[0].length - 1) > m.index;
      if (m[0].length === 0 || crosses || !guardsHold(guards, norm, m.index, clauseStart)) {
        re.lastIndex = nextIndex(norm, m.index);
        continue;
      }
      (out ??= []).push({ start: m.index, end: m.index + m[0].length, index });
    }
  }
  return out ?? [];
}

/**
 * Whether a regex of `lists` holds all its own literal sets in `norm` (false: none of them can match it), as the
 * rule gates judge (see `gateSlots`).
 */
export function mayAnyMatch(lists: readonly RegexList[], norm: string): boolean {
  const runnable = runnableSlots(norm);
  for (const list of lists) for (const r of list) if (mayMatchSlots(r, runnable)) return true;
  return false;
}

/** Whether any regex matches `norm`. */
export function anyRegex(regexes: RegexList, norm: string, clauseStart?: ClauseStart): boolean {
  const runnable = runnableSlots(norm);
  for (const regex of regexes) {
    if (!mayMatch(regex, runnable)) continue;
    const { re, guards } = regex;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
      if (m[0].length > 0 && guardsHold(guards, norm, m.index, clauseStart)) return true;
      re.lastIndex = nextIndex(norm, m.index);
    }
  }
  return false;
}
