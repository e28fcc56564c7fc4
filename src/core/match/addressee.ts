import { buildMatcher } from './aho-corasick';
import type { LintIssue } from './lint-issue';
import { normaliseTerm, type Matchable } from './matchable';
import type { Span } from './spans';

/**
 * Who a message speaks to, read once per text: the words that say the reader is not the borrower (a greeting to a
 * relative, colleague, employer or group; a contact told they were listed), a third person said to owe, and requests
 * that the reader relay, urge or pay. Every list is data (a rule's params); one Aho–Corasick pass finds them all.
 */
export interface AddresseeWords {
  /** what a third-party reader is called: 邻居, 经理, 紧急联系人, 叔叔, 亲朋好友 */
  roles: readonly string[];
  /** longer words holding a role or opener that address no third party: 小姐, 客户, 联系人工, 总额, 如果是您 */
  notAddress: readonly string[];
  /** a greeting right after a role (gap of at most a name): 您好, 大家好, 请注意 */
  greetings: readonly string[];
  /** words opening an address, followed by a role or relation in the same clause: 致, 尊敬的, 各位, 请问是, 作为 */
  openers: readonly string[];
  /** requests naming whom they ask, followed by a role that is no relation in the same clause: 请…领导, 望…知情人 */
  requestOpeners: readonly string[];
  /** words that alone say the reader is a third party: @所有人, 贵司, 本群, 是否认识, 预留您为 */
  contactCues: readonly string[];
  /** words saying the message goes to others too, followed by a role or relation: 同时发送至, 抄送 */
  copiedTo: readonly string[];
  /** who the debtor is to the reader: 儿子, 侄子, 朋友, 同事, 老乡, 员工, 住户 */
  relations: readonly string[];
  /** words right before a relation that make it the reader's: 您的, 你, 贵司, 本群 */
  possessors: readonly string[];
  /** the reader: 您, 你 */
  secondPersons: readonly string[];
  /** a third person: 他, 她, 其 */
  thirdPersons: readonly string[];
  /** longer words holding a third-person word that are not one: 他人, 其他, 尤其 */
  notThirdPersons: readonly string[];
  /** what an owed debt is called: 借款, 欠款, 欠, 逾期, 未还 */
  debts: readonly string[];
  /** longer words holding a debt word that name a party or a lender, not a debt: 借款人, 贷款公司 */
  notDebts: readonly string[];
  /** verbs asking the reader to act on a third person, right before one: 转告, 提醒, 让, 督促, 帮, 代 */
  relayVerbs: readonly string[];
  /** requests to urge or pay that need no pronoun (counted only in a text addressed to a third party) */
  relayPhrases: readonly string[];
  /** verbs before a possessed relation that make the relation the one contacted, not the debtor: 与, 联系, 告知 */
  contactVerbs: readonly string[];
  /** a clause holding one of these says nothing the analysis counts: 不会, 无需, 并非, 停止 */
  negations: readonly string[];
  /** words saying the reader is bound to the debt (a guarantor), whom the lender may ask to pay: 保证人, 保证合同 */
  coObligors: readonly string[];
}

/** Every list of `AddresseeWords`, in the order their bits are given. */
export const ADDRESSEE_LISTS = [
  'roles',
  'notAddress',
  'greetings',
  'openers',
  'requestOpeners',
  'contactCues',
  'copiedTo',
  'relations',
  'possessors',
  'secondPersons',
  'thirdPersons',
  'notThirdPersons',
  'debts',
  'notDebts',
  'relayVerbs',
  'relayPhrases',
  'contactVerbs',
  'negations',
  'coObligors',
] as const satisfies readonly (keyof AddresseeWords)[];
type List = (typeof ADDRESSEE_LISTS)[number];
const BIT = Object.fromEntries(ADDRESSEE_LISTS.map((l, i) => [l, 1 << i])) as Record<List, number>;

/** A role needs its opener within this many normalised characters; a greeting may follow a role after a name. */
const OPENER_REACH = 12;
const NAME_GAP = 4;
/** A copied-to phrase names its third party within this many characters. */
const COPY_REACH = 16;

/**
 * Every reading needs a debt or an urge/pay phrase, and someone other than the reader: a role or relation (which
 * openers and copied-to phrases need too), a contact cue, or a third person.
 */
const NEEDED_ONE = BIT.debts | BIT.relayPhrases;
const NEEDED_OTHER = BIT.roles | BIT.relations | BIT.contactCues | BIT.thirdPersons;

/**
 * A regex source that matches wherever a reading may be found (a word of a `NEEDED_OTHER` list): the check's shared
 * literal prefilter skips the reading on other texts. Undefined when those lists are empty.
 */
export function addresseeGateSource(lexicon: AddresseeLexicon): string | undefined {
  const words = lexicon.phrases.filter((_, i) => ((lexicon.tags[i] ?? 0) & NEEDED_OTHER) !== 0);
  if (words.length === 0) return undefined;
  return `(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')})`;
}

/** The words of a rule, normalised into one automaton; each phrase carries the lists it belongs to. */
export interface AddresseeLexicon {
  readonly phrases: readonly string[];
  /** length of the longest phrase */
  readonly longest: number;
  readonly tags: readonly number[];
  readonly find: (norm: string) => { start: number; end: number; pattern: number }[];
}

/** Normalises every list the way the text is normalised and builds one matcher; empty phrases are lint issues. */
export function compileAddressee(words: AddresseeWords): { lexicon: AddresseeLexicon; issues: LintIssue[] } {
  const index = new Map<string, number>();
  const phrases: string[] = [];
  const tags: number[] = [];
  const issues: LintIssue[] = [];
  for (const list of ADDRESSEE_LISTS) {
    words[list].forEach((p, i) => {
      const n = normaliseTerm(p);
      if (n.length === 0) {
        issues.push({ code: 'rule/empty-term', message: `“${p}” normalises to nothing`, path: ['params', list, i] });
        return;
      }
      let at = index.get(n);
      if (at === undefined) {
        at = phrases.length;
        index.set(n, at);
        phrases.push(n);
        tags.push(0);
      }
      tags[at]! |= BIT[list];
    });
  }
  const matcher = buildMatcher(phrases);
  const longest = Math.max(0, ...phrases.map((p) => p.length));
  return { lexicon: { phrases, tags, longest, find: (norm) => matcher.findAll(norm) }, issues };
}

/** One word found, with the clause it sits in (its start in the normalised text). */
interface Word extends Span {
  tags: number;
  clause: number;
}

/** Why a text reads as addressed to a third party. */
export type AddresseeReason =
  'addressed-and-debt' | 'addressed-and-relay' | 'copied-to-third-party' | 'relative-owes' | 'relay-about-debtor';

export interface AddresseeReading {
  reason: AddresseeReason;
  /** normalised range from the first to the last piece of evidence */
  start: number;
  end: number;
}

const has = (w: Word, list: List): boolean => (w.tags & BIT[list]) !== 0;

/** A person word's part in deciding whose a debt is. */
type Person = 'reader' | 'third' | 'relation';

/**
 * Marks the words overlapping a word of `not` that is not themselves (小姐 holds no role 姐; 孙女士 holds no relation
 * 孙女; 他人 holds no 他; 如果是您 opens nothing). `words` are sorted by start.
 */
function blockedBy(words: readonly Word[], not: List, longest: number): boolean[] {
  const blocked = words.map(() => false);
  words.forEach((b, i) => {
    if (!has(b, not)) return;
    for (let j = i - 1; j >= 0 && b.start - words[j]!.start < longest; j--) {
      if (words[j]!.end > b.start && !has(words[j]!, not)) blocked[j] = true;
    }
    for (let j = i + 1; j < words.length && words[j]!.start < b.end; j++) {
      if (!has(words[j]!, not)) blocked[j] = true;
    }
  });
  return blocked;
}

/** Words by the normalised position they start or end at. */
function indexBy(words: readonly Word[], key: 'start' | 'end'): Map<number, Word[]> {
  const map = new Map<number, Word[]>();
  for (const w of words) {
    const list = map.get(w[key]);
    if (list) list.push(w);
    else map.set(w[key], [w]);
  }
  return map;
}

/** The first word starting within `reach` characters after `from`, in `clause`, that `ok` accepts. */
function firstAfter(
  byStart: ReadonlyMap<number, readonly Word[]>,
  from: number,
  reach: number,
  clause: number,
  ok: (w: Word) => boolean,
): Word | undefined {
  for (let at = from; at <= from + reach; at++) {
    const w = byStart.get(at)?.find((x) => x.clause === clause && ok(x));
    if (w) return w;
  }
  return undefined;
}

/** What the scan keeps about the clause it is in. */
interface ClauseState {
  clause: number;
  /** person words so far, in order */
  persons: { word: Word; part: Person }[];
  /** whose the clause's first debt is; later debts in the clause are the same person's */
  debtOf?: 'reader' | 'third' | 'unsaid';
  /** the smallest end of a contact verb so far (与您的配偶…: the relation is contacted, not the debtor) */
  contactEnd: number;
}

/** Reads `text` once: the first reason it is addressed to a third party about a debt, or undefined. */
export function readAddressee(
  text: Pick<Matchable, 'norm' | 'clauseStart'>,
  lexicon: AddresseeLexicon,
  excused: (s: Span) => boolean = () => false,
): AddresseeReading | undefined {
  const { norm, clauseStart } = text;
  const found = lexicon.find(norm);
  let seen = 0;
  for (const m of found) seen |= lexicon.tags[m.pattern] ?? 0;
  if ((seen & NEEDED_ONE) === 0 || (seen & NEEDED_OTHER) === 0) return undefined;
  const all: Word[] = found.map((m) => ({
    start: m.start,
    end: m.end,
    tags: lexicon.tags[m.pattern] ?? 0,
    clause: clauseStart(m.start),
  }));
  const negated = new Set(all.filter((w) => has(w, 'negations')).map((w) => w.clause));
  const words = all.filter((w) => !negated.has(w.clause) && !excused(w));
  if (words.length === 0 || words.some((w) => has(w, 'coObligors'))) return undefined;

  const notAddress = blockedBy(words, 'notAddress', lexicon.longest);
  const notThird = blockedBy(words, 'notThirdPersons', lexicon.longest);
  const notDebt = blockedBy(words, 'notDebts', lexicon.longest);
  const role = new Set(words.filter((w, i) => has(w, 'roles') && !notAddress[i]));
  const relation = new Set(words.filter((w, i) => has(w, 'relations') && !notAddress[i]));
  const third = new Set(words.filter((w, i) => has(w, 'thirdPersons') && !notThird[i]));
  const byStart = indexBy(words, 'start');
  const byEnd = indexBy(words, 'end');
  const named = (w: Word): boolean => role.has(w) || relation.has(w);

  let address: Span | undefined;
  let thirdDebt: Word | undefined;
  let readerDebt: Word | undefined;
  let unsaidDebt: Word | undefined;
  let anyDebt: Word | undefined;
  let relativeOwes: Span[] | undefined;
  let relay: Span | undefined;
  let relayPhrase: Word | undefined;
  let copied: Span[] | undefined;
  let state: ClauseState = { clause: -1, persons: [], contactEnd: Infinity };

  words.forEach((w, i) => {
    if (w.clause !== state.clause) state = { clause: w.clause, persons: [], contactEnd: Infinity };
    // (1) addressed to a third party: a role greeted (a name may sit between), an opener naming a role or
    // relation, or a cue that alone says so
    if (!address && role.has(w)) {
      const greeting = firstAfter(byStart, w.end, NAME_GAP, w.clause, (g) => has(g, 'greetings'));
      const readerBetween =
        greeting && firstAfter(byStart, w.end, greeting.start - w.end - 1, w.clause, (x) => has(x, 'secondPersons'));
      if (greeting && !readerBetween) address = { start: w.start, end: greeting.end };
    }
    if (!address && has(w, 'openers') && !notAddress[i]) {
      const to = firstAfter(byStart, w.end, OPENER_REACH, w.clause, named);
      if (to) address = { start: w.start, end: to.end };
    }
    if (!address && has(w, 'requestOpeners')) {
      // NOTE: kin are not asked this way in a notice to a third party, but a borrower is told 请家属…代为还款 lawfully
      const to = firstAfter(byStart, w.end, OPENER_REACH, w.clause, (x) => role.has(x) && !relation.has(x));
      if (to) address = { start: w.start, end: to.end };
    }
    if (!address && has(w, 'contactCues')) address = w;
    // (3) requests: a relay verb right before 他/她/其, or an urge/pay phrase
    if (!relay && has(w, 'relayVerbs')) {
      const who = byStart.get(w.end)?.find((x) => third.has(x));
      if (who) relay = { start: w.start, end: who.end };
    }
    if (!relayPhrase && has(w, 'relayPhrases')) relayPhrase = w;
    if (!copied && has(w, 'copiedTo')) {
      const to = firstAfter(byStart, w.end, COPY_REACH, w.clause, named);
      if (to) copied = [w, to];
    }
    if (has(w, 'contactVerbs')) state.contactEnd = Math.min(state.contactEnd, w.end);
    // (2) a debt and whose it is: the last person word before the clause's first debt (您的借款因家人…逾期 is the
    // reader's throughout); a possessed relation right before it (您侄子欠…) owes
    if (has(w, 'debts') && !notDebt[i]) {
      anyDebt ??= w;
      let last: ClauseState['persons'][number] | undefined;
      for (let k = state.persons.length - 1; k >= 0 && !last; k--) {
        if (state.persons[k]!.word.end <= w.start) last = state.persons[k];
      }
      state.debtOf ??= !last ? 'unsaid' : last.part === 'reader' ? 'reader' : 'third';
      if (state.debtOf === 'third') thirdDebt ??= w;
      else if (state.debtOf === 'reader') readerDebt ??= w;
      else unsaidDebt ??= w;
      if (!relativeOwes && last?.part === 'relation') {
        const owner = byEnd.get(last.word.start)?.find((p) => has(p, 'possessors'));
        if (owner && state.contactEnd > owner.start) relativeOwes = [owner, w];
      }
    }
    if (relation.has(w)) state.persons.push({ word: w, part: 'relation' });
    else if (third.has(w)) state.persons.push({ word: w, part: 'third' });
    else if (has(w, 'secondPersons')) state.persons.push({ word: w, part: 'reader' });
  });

  // a debt whose owner goes unsaid (尚欠本息…) is the owner's the text names elsewhere, the reader's if it names only them
  const othersDebt = thirdDebt ?? (readerDebt ? undefined : unsaidDebt);
  const span = (reason: AddresseeReason, evidence: readonly Span[]): AddresseeReading => ({
    reason,
    start: Math.min(...evidence.map((e) => e.start)),
    end: Math.max(...evidence.map((e) => e.end)),
  });
  if (relativeOwes) return span('relative-owes', relativeOwes);
  if (address && othersDebt) return span('addressed-and-debt', [address, othersDebt]);
  // NOTE: a bare request to pass on a call-back (请转告其回电) is the one thing a contact may lawfully be asked;
  // only urging or paying (督促其, 代为偿还) counts without a debt said.
  if (address && relayPhrase) return span('addressed-and-relay', [address, relayPhrase]);
  if (relay && othersDebt) return span('relay-about-debtor', [othersDebt, relay]);
  if (copied && anyDebt) return span('copied-to-third-party', [...copied, anyDebt]);
  return undefined;
}
