import { describe, expect, it } from 'vitest';
import abusiveJson from '../../fixtures/corpus/round6-abusive.json';
import lawfulJson from '../../fixtures/corpus/round6-lawful.json';
import { SIX_CLASSES } from './class-signals';
import { type CorpusEntry, contentErrors, describeBlindRound, describeHits, pct } from './measure';

/**
 * Round 6 ("detection that generalises") was written blind (without reading the rule pack or any earlier corpus):
 * at least 40 messages for each of threat, third_party, impersonation, false_consequence, insult and privacy,
 * described by meaning class rather than keyword — visits dressed as procedure (授权人员实地核实, 外勤, 属地团队, with
 * the village or residents committee), pressure through family, contact-list bombardment in any wording, messages
 * addressed to a friend/relative/colleague/employer, legal steps claimed as fact (立案, 司法调查已启动, 支付令), false
 * consequences, contempt without slur words, and privacy leaks with checksum-valid synthetic ID and card numbers.
 * The lawful half has the hard cases: the lender's own 法务部, accurate 征信 and 诉讼 wording, anti-fraud notices,
 * "we will never…" sentences, hardship plans, confirmations and reminders. Tune by meaning, never by pasting.
 *
 * First pass (pack untouched, 2026-12-06): recall 184/270 = 68.1%, false blocks 18/130 = 13.8%, per-category recall
 * 47–62%; the thresholds were switched off then. After the round-6 tuning (tests/fixtures/corpus/README.md, "Tuning
 * after round 6": TUNED on this corpus, no longer a blind estimate) the round reaches 270/270, 0/130 and 100% in
 * every class, so it is held to the floors of the earlier rounds: recall ≥ 90%, false blocks ≤ 5%, and each of the
 * six classes ≥ 90%.
 */
const abusive = abusiveJson as CorpusEntry[];
const lawful = lawfulJson as CorpusEntry[];

describeBlindRound({
  label: 'round6',
  noun: 'round-6',
  title: 'the blind round-6 corpus (tests/fixtures/corpus/round6-*.json)',
  abusive,
  lawful,
  minAbusive: 240,
  minLawful: 120,
  minRecall: 0.9,
  maxFalseBlocks: 0.05,
});

describe('round 6 per-category recall', () => {
  it('has at least 40 messages expecting each of the six classes and gets an error of that class for ≥ 90% of them', () => {
    const lines: string[] = [];
    const low: string[] = [];
    for (const category of SIX_CLASSES) {
      const expecting = abusive.filter((e) => (e.expect ?? []).includes(category));
      expect(expecting.length).toBeGreaterThanOrEqual(40);
      const missed = expecting.filter((e) => !contentErrors(e.text).some((f) => f.category === category));
      const hit = expecting.length - missed.length;
      lines.push(`  ${category.padEnd(18)} ${hit}/${expecting.length} = ${pct(hit, expecting.length)}`);
      if (hit / expecting.length < 0.9) low.push(`${category} ${hit}/${expecting.length}`);
      for (const m of missed) {
        const hits = describeHits(contentErrors(m.text));
        lines.push(`      missed: ${m.text}  [expects ${(m.expect ?? []).join('/')}; got ${hits || 'nothing'}]`);
      }
    }
    console.log(`round6 per-category recall (error finding of the expected category):\n${lines.join('\n')}`);
    expect(low, `below 90%: ${low.join(', ')}`).toEqual([]);
  });
});
