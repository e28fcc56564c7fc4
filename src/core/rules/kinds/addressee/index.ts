import { z } from 'zod';
import { addresseeGateSource, compileAddressee, readAddressee, type AddresseeLexicon } from '../../../match/addressee';
import { compileRegexes, type CompiledRegex } from '../../../match/regexes';
import type { LintIssue } from '../../../match/lint-issue';
import { lawfulFrames } from '../../../match/lawful-frames';
import { quotedMentions } from '../../../match/quoted-mentions';
import { covers, type Span } from '../../../match/spans';
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
    const r = compileAddressee({
      ...p,
      notAddress: p.notAddress ?? [],
      requestOpeners: p.requestOpeners ?? [],
      contactCues: p.contactCues ?? [],
      copiedTo: p.copiedTo ?? [],
      notThirdPersons: p.notThirdPersons ?? [],
      relayPhrases: p.relayPhrases ?? [],
      contactVerbs: p.contactVerbs ?? [],
      negations: p.negations ?? [],
      notDebts: p.notDebts ?? [],
      coObligors: p.coObligors ?? [],
    });
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
    const excusedSpans = [...quotedMentions(text.text), ...lawfulFrames(text.text)];
    if (excusedSpans.length === 0) return toHits(text, [reading]);
    const excused = (s: Span): boolean => {
      const o = text.toOriginal(s.start, s.end);
      return excusedSpans.some((m) => covers(m, o));
    };
    const again = readAddressee(text, ctx.compiled.lexicon, excused);
    return again ? toHits(text, [again]) : [];
  },
});
