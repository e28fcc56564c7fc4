import { z } from 'zod';
import {
  ADDRESSEE_LISTS,
  addresseeGateSource,
  compileAddressee,
  readAddressee,
  type AddresseeLexicon,
  type AddresseeWords,
} from '../../../match/addressee';
import { excusedSpans, isExcused } from '../../../match/excused-spans';
import { compileRegexes, type CompiledRegex } from '../../../match/regexes';
import type { LintIssue } from '../../../match/lint-issue';
import type { Span } from '../../../match/spans';
import { defineKind } from '../define-kind';
import { toHits } from '../to-hits';

const words = z.array(z.string().min(1));

/**
 * `addressee`: reads who the rendered text speaks to (src/core/match/addressee.ts) and reports one hit when it is
 * written to a third party about someone's debt, or asks them to relay, urge or pay, whatever the template's audience.
 */
export const addresseeParams = z.strictObject({
  roles: words.min(1),
  notAddress: words.optional(),
  greetings: words.min(1),
  openers: words.min(1),
  requestOpeners: words.optional(),
  contactCues: words.optional(),
  copiedTo: words.optional(),
  relations: words.min(1),
  possessors: words.min(1),
  secondPersons: words.min(1),
  thirdPersons: words.min(1),
  notThirdPersons: words.optional(),
  debts: words.min(1),
  notDebts: words.optional(),
  relayVerbs: words.min(1),
  relayPhrases: words.optional(),
  contactVerbs: words.optional(),
  negations: words.optional(),
  coObligors: words.optional(),
});
export type AddresseeParams = z.infer<typeof addresseeParams>;

/** The params with every list the rule leaves out empty (the optional lists of `addresseeParams`). */
function withEmptyLists(p: AddresseeParams): AddresseeWords {
  const lists = Object.fromEntries(ADDRESSEE_LISTS.map((list) => [list, p[list] ?? []]));
  return lists as unknown as AddresseeWords;
}

interface Compiled {
  lexicon: AddresseeLexicon;
  /** the regex the check's prefilter reads to skip texts naming no one but the reader */
  gate: CompiledRegex[];
}

export const addresseeKind = defineKind({
  name: 'addressee',
  target: 'output',
  params: addresseeParams,
  compile(p: AddresseeParams): { compiled: Compiled; issues: LintIssue[] } {
    const r = compileAddressee(withEmptyLists(p));
    const gate = addresseeGateSource(r.lexicon);
    const g = gate === undefined ? { regexes: [], issues: [] } : compileRegexes([gate], ['params', 'roles']);
    return { compiled: { lexicon: r.lexicon, gate: g.regexes }, issues: [...r.issues, ...g.issues] };
  },
  gates: (c) => (c.gate.length > 0 ? [c.gate] : undefined),
  run(ctx) {
    const { text } = ctx;
    const reading = readAddressee(text, ctx.compiled.lexicon);
    if (!reading) return [];
    // NOTE: an anti-fraud notice quoting a scam message ("如收到…请转告他…的短信") is excused like a pattern hit; the
    // excused spans are read only for a text that reads as addressed to a third party, then it is read again without them.
    if (excusedSpans(text).length === 0) return toHits(text, [reading]);
    const excused = (s: Span): boolean => isExcused(text, text.toOriginal(s.start, s.end));
    const again = readAddressee(text, ctx.compiled.lexicon, excused);
    return again ? toHits(text, [again]) : [];
  },
});
