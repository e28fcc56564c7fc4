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

const LISTS = [
  'roles',
  'notAddress',
  'greetings',
  'openers',
  'contactCues',
  'copiedTo',
  'relations',
  'possessors',
  'secondPersons',
  'thirdPersons',
  'notThirdPersons',
  'debts',
  'relayVerbs',
  'relayPhrases',
  'contactVerbs',
  'negations',
  'coObligors',
] as const satisfies readonly (keyof AddresseeWords)[];
type List = (typeof LISTS)[number];
const BIT = Object.fromEntries(LISTS.map((l, i) => [l, 1 << i])) as Record<List, number>;

/** A role needs its opener within this many normalised characters; a greeting may follow a role after a name. */
const OPENER_REACH = 12;
const NAME_GAP = 4;
/** A copied-to phrase names its third party within this many characters. */
const COPY_REACH = 16;

/** The words of a rule, normalised into one automaton; each phrase carries the lists it belongs to. */
export interface AddresseeLexicon {
  readonly phrases: readonly string[];
  readonly tags: readonly number[];
  readonly find: (norm: string) => { start: number; end: number; pattern: number }[];
}

/** Normalises every list the way the text is normalised and builds one matcher; empty phrases are lint issues. */
export function compileAddressee(words: AddresseeWords): { lexicon: AddresseeLexicon; issues: LintIssue[] } {
  const index = new Map<string, number>();
  const phrases: string[] = [];
  const tags: number[] = [];
  const issues: LintIssue[] = [];
  for (const list of LISTS) {
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
  return { lexicon: { phrases, tags, find: (norm) => matcher.findAll(norm) }, issues };
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
const inside = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;

/** Words of `list` not inside a longer word of `not` (小姐 holds no role 姐; 他人 holds no 他; 如果是您 opens nothing). */
function kept(words: readonly Word[], list: List, not?: List): Word[] {
  const all = words.filter((w) => has(w, list));
  if (!not) return all;
  const blockers = words.filter((w) => has(w, not));
  return all.filter((w) => !blockers.some((b) => inside(b, w) || (b.start === w.start && b.end > w.end)));
}

/** Reads `text` once: the first reason it is addressed to a third party about a debt, or undefined. */
export function readAddressee(
  text: Pick<Matchable, 'norm' | 'clauseStart'>,
  lexicon: AddresseeLexicon,
  excused: (s: Span) => boolean = () => false,
): AddresseeReading | undefined {
  const { norm, clauseStart } = text;
  const found = lexicon.find(norm);
  if (found.length === 0) return undefined;
  const all: Word[] = found.map((m) => ({
    start: m.start,
    end: m.end,
    tags: lexicon.tags[m.pattern] ?? 0,
    clause: clauseStart(m.start),
  }));
  const negated = new Set(all.filter((w) => has(w, 'negations')).map((w) => w.clause));
  const words = all.filter((w) => !negated.has(w.clause) && !excused(w));
  if (words.length === 0 || words.some((w) => has(w, 'coObligors'))) return undefined;

  const roles = kept(words, 'roles', 'notAddress');
  const relations = kept(words, 'relations', 'notAddress');
  const thirds = kept(words, 'thirdPersons', 'notThirdPersons');
  const seconds = words.filter((w) => has(w, 'secondPersons'));
  const possessors = words.filter((w) => has(w, 'possessors'));
  const contactVerbs = words.filter((w) => has(w, 'contactVerbs'));
  const debts = words.filter((w) => has(w, 'debts'));
  const sameClauseBefore = (xs: readonly Word[], at: Word, reach = Infinity): Word[] =>
    xs.filter((x) => x.clause === at.clause && x.end <= at.start && at.start - x.end <= reach);
  const sameClauseAfter = (xs: readonly Word[], at: Word, reach: number): Word[] =>
    xs.filter((x) => x.clause === at.clause && x.start >= at.end && x.start - at.end <= reach);

  // (1) addressed to a third party: role + greeting, opener + role, or a cue that alone says so
  const addressed: Word[] = [];
  for (const r of roles) {
    const greeting = words.find(
      (g) =>
        has(g, 'greetings') &&
        g.clause === r.clause &&
        g.start >= r.end &&
        g.start - r.end <= NAME_GAP &&
        !seconds.some((s) => s.start >= r.end && s.end <= g.start),
    );
    if (greeting) addressed.push({ ...r, end: greeting.end });
  }
  for (const o of kept(words, 'openers', 'notAddress')) {
    const role = sameClauseAfter([...roles, ...relations], o, OPENER_REACH)[0];
    if (role) addressed.push({ ...o, end: role.end });
  }
  addressed.push(...words.filter((w) => has(w, 'contactCues')));

  // (2) a debt and whose it is: the last person word before the clause's first debt word (您的借款因家人…逾期 is
  // the reader's throughout)
  const person = [...seconds, ...thirds, ...relations].sort((a, b) => a.start - b.start);
  const debtOf = (d: Word): 'reader' | 'third' | 'unsaid' => {
    const first = debts.find((x) => x.clause === d.clause) ?? d;
    const before = sameClauseBefore(person, first);
    const last = before[before.length - 1];
    if (!last) return 'unsaid';
    return has(last, 'secondPersons') && !relations.includes(last) && !thirds.includes(last) ? 'reader' : 'third';
  };
  const relativeDebtor = (d: Word): Word | undefined => {
    const before = sameClauseBefore(person, d);
    const last = before[before.length - 1];
    if (!last || !relations.includes(last)) return undefined;
    const owner = possessors.find((p) => p.end === last.start);
    if (!owner || sameClauseBefore(contactVerbs, owner).length > 0) return undefined;
    return owner;
  };
  const othersDebts = debts.filter((d) => debtOf(d) !== 'reader');

  // (3) requests about a third person: a relay verb right before 他/她/其, or a relay phrase
  const relays = words
    .filter((w) => has(w, 'relayVerbs'))
    .flatMap((v) => thirds.filter((t) => t.start === v.end).map((t) => ({ ...v, end: t.end })));
  const relayPhrases = words.filter((w) => has(w, 'relayPhrases'));

  const span = (reason: AddresseeReason, evidence: readonly Span[]): AddresseeReading => ({
    reason,
    start: Math.min(...evidence.map((e) => e.start)),
    end: Math.max(...evidence.map((e) => e.end)),
  });

  for (const d of debts) {
    const owner = relativeDebtor(d);
    if (owner) return span('relative-owes', [owner, d]);
  }
  const address = addressed[0];
  if (address && othersDebts[0]) return span('addressed-and-debt', [address, othersDebts[0]]);
  // NOTE: a bare request to pass on a call-back (请转告其回电) is the one thing a contact may lawfully be asked;
  // only urging or paying (督促其, 代为偿还) counts without a debt said.
  if (address && relayPhrases[0]) return span('addressed-and-relay', [address, relayPhrases[0]]);
  if (relays[0] && othersDebts[0]) return span('relay-about-debtor', [othersDebts[0], relays[0]]);
  for (const c of words.filter((w) => has(w, 'copiedTo'))) {
    const to = sameClauseAfter([...roles, ...relations], c, COPY_REACH)[0];
    if (to && debts[0]) return span('copied-to-third-party', [c, to, debts[0]]);
  }
  return undefined;
}
