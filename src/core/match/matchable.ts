import { lastAtOrBefore } from '../text/last-at-or-before';
import { normalise, toOriginalRange, type Normalised } from '../text/normalise';
import type { ClauseStart } from './regexes';

/**
 * A text prepared for matching: normalised once (NFKC, width, traditional→simplified, lower-case ASCII,
 * noise between CJK removed) and shared by every rule that runs on it.
 */
export interface Matchable {
  /** the original text; hits are reported in its offsets */
  readonly text: string;
  /** the normalised text rules match on */
  readonly norm: string;
  /** maps a range of `norm` back to the original text */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** index in `norm` where the clause holding normalised position `at` starts (after the last ，。；！？ etc.) */
  readonly clauseStart: ClauseStart;
}

// NOTE: the normaliser drops punctuation between CJK characters, so clause ends are read from the original text.
const CLAUSE_END = /[，。；！？;!?\n\r…]|[,.](?!\d)/;

/** The dot of a list number (；2.要求…) is not a sentence end. */
const LIST_NUMBER_BEFORE = /(?:^|[:：;；,，。\s(（])\d{1,2}$/;
const isListDot = (gap: string, original: string, at: number): boolean =>
  /^\s*[.．]\s*$/.test(gap) && LIST_NUMBER_BEFORE.test(original.slice(Math.max(0, at - 4), at));

function clauseStarts(n: Normalised, original: string): number[] {
  const starts = [0];
  for (let i = 1; i < n.text.length; i++) {
    const gapStart = n.ends[i - 1] ?? 0;
    const gap = original.slice(gapStart, n.map[i] ?? 0);
    if (gap.length > 0 && isListDot(gap, original, gapStart)) continue;
    if ((gap.length > 0 && CLAUSE_END.test(gap)) || CLAUSE_END.test(n.text[i - 1] ?? '')) starts.push(i);
  }
  return starts;
}

const ITEM_MARK = String.raw`\s*(?:(?:\d{1,2}|[一二三四五六七八九十])[.、．)）]|[①-⑩]|[（(]\d{1,2}[)）])`;
const LIST_ITEM = new RegExp(`^${ITEM_MARK}`);
const LIST_OPENS = new RegExp(`[:：]${ITEM_MARK}`);

/**
 * The lead-in of a numbered list ("我们绝不会：" before "1.冒充公检法；2.要求转入个人账户"), normalised, for each clause
 * that is an item of such a list after the first: the items share the lead-in's negation, which lies outside
 * their own clause.
 */
function listLeads(n: Normalised, original: string, starts: readonly number[]): Map<number, string> {
  const leads = new Map<number, string>();
  let lead: string | undefined;
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = starts[k + 1] ?? n.text.length;
    const clause = original.slice(n.map[from] ?? 0, n.map[to] ?? original.length);
    if (lead !== undefined && LIST_ITEM.test(clause)) {
      leads.set(from, lead);
      continue;
    }
    const opens = LIST_OPENS.exec(clause);
    lead = undefined;
    if (opens) {
      const colon = (n.map[from] ?? 0) + opens.index;
      let end = from;
      while (end < to && (n.map[end] ?? 0) < colon) end++;
      lead = n.text.slice(from, end);
    }
  }
  return leads;
}

/** Normalises `text` once; `toOriginal` maps normalised ranges back to exact original offsets. */
export function matchable(text: string): Matchable {
  const n = normalise(text);
  let starts: number[] | undefined;
  let leads: Map<number, string> | undefined;
  const clauseStart = (at: number): number => {
    starts ??= clauseStarts(n, text);
    return starts[lastAtOrBefore(starts, at)] ?? 0;
  };
  clauseStart.listLead = (at: number): string | undefined => {
    starts ??= clauseStarts(n, text);
    leads ??= listLeads(n, text, starts);
    return leads.size === 0 ? undefined : leads.get(clauseStart(at));
  };
  return { text, norm: n.text, toOriginal: (start, end) => toOriginalRange(n, start, end), clauseStart };
}

/** Normalised form of a lexicon entry (terms and allow phrases are normalised the same way as the text). */
export function normaliseTerm(term: string): string {
  return normalise(term).text;
}

/**
 * `m` keeping only its two strings: the maps back to the original text are rebuilt on first use. For texts held
 * until the end of a check (the meta rules read them), which rarely need the maps again.
 */
export function compactMatchable(m: Pick<Matchable, 'text' | 'norm'>): Matchable {
  const { text, norm } = m;
  let full: Matchable | undefined;
  const clauseStart: ClauseStart = (at) => (full ??= matchable(text)).clauseStart(at);
  clauseStart.listLead = (at) => (full ??= matchable(text)).clauseStart.listLead?.(at);
  return { text, norm, toOriginal: (start, end) => (full ??= matchable(text)).toOriginal(start, end), clauseStart };
}
