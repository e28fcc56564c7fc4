import { describe, expect, it } from 'vitest';
import abusiveJson from '../../fixtures/corpus/round8-abusive.json';
import lawfulJson from '../../fixtures/corpus/round8-lawful.json';
import { checkTemplate } from '../../../src/core/check/check-template';
import { type Category, type Finding } from '../../../src/core/types';
import { type CorpusEntry, FORM_CATEGORIES, describeBlindRound, describeHits, pct, ruleset, samples } from './measure';

/**
 * Round 8 (blind, 2026-12-06) was written by another author without reading the rule pack, the matcher, the
 * classifier or any corpus file but the first lines of one (for the JSON shape), from regulations.md and anchors.md
 * only: at least 45 messages expecting each of threat, third_party, impersonation, false_consequence, insult and
 * privacy (392 in all; an `expect` lists every category a message commits) and 220 lawful ones, a third of them firm.
 * It was written while the pack was being tuned on round 7, and measured once against the pack before that tuning
 * (f5ba1dd) and once after it (the FIRST PASS of the tuned pack); both are in tests/fixtures/corpus/README.md
 * ("Round 8"). The pack was then TUNED on this round by meaning class ("Tuning after round 8" in that README), so
 * these figures are no longer a blind estimate and the round is held to the tuned floors.
 *
 * The author used variable names our sample schema does not have ({{ borrower.surname }}, {{ loan.days_overdue }}):
 * `allowed-variables-only` (category `template`) blocks those templates, rightly, but that is not a judgement of the
 * wording. So the floors are asserted on the PLAIN-TEXT VIEW (content errors other than `template`): recall ≥ 90%,
 * lawful blocked ≤ 5%, and an error of its own class for ≥ 90% of the messages of each of the six classes. The
 * all-findings view (`describeBlindRound`, template findings counted) asserts recall ≥ 90% only; its false blocks are
 * printed, not asserted, since most of them are the unknown variables.
 */
const abusive = abusiveJson as CorpusEntry[];
const lawful = lawfulJson as CorpusEntry[];

describeBlindRound({
  label: 'round8',
  noun: 'round-8',
  title: 'the blind round-8 corpus (tests/fixtures/corpus/round8-*.json)',
  abusive,
  lawful,
  minAbusive: 240,
  minLawful: 150,
  minRecall: 0.9,
  // all-findings view: lawful templates with unknown variables are rightly blocked as `template`; see the plain-text view
  maxFalseBlocks: 1,
});

/** The six classes round 8 was written for; each has at least 40 messages that expect it. */
const ROUND8_CLASSES: readonly Category[] = [
  'threat',
  'third_party',
  'impersonation',
  'false_consequence',
  'insult',
  'privacy',
];

/** Rule errors in a content category and `model/<category>` warnings, from one check of the plain text. */
interface Signals {
  errors: Finding[];
  model: Finding[];
}

const signalCache = new Map<string, Signals>();
function signals(text: string): Signals {
  const cached = signalCache.get(text);
  if (cached) return cached;
  const findings = checkTemplate({ source: text }, { ruleset, samples }).findings;
  const result: Signals = {
    errors: findings.filter((f) => f.severity === 'error' && !FORM_CATEGORIES.includes(f.category)),
    model: findings.filter((f) => f.ruleId.startsWith('model/')),
  };
  signalCache.set(text, result);
  return result;
}

const modelCategories = (s: Signals): string[] => s.model.map((f) => f.ruleId.slice('model/'.length));

describe('round 8 per-category recall and the model signal', () => {
  it('has at least 40 messages expecting each of the six classes and gets an error of that class for ≥ 90% of them', () => {
    const lines: string[] = [];
    const low: string[] = [];
    for (const category of ROUND8_CLASSES) {
      const expecting = abusive.filter((e) => (e.expect ?? []).includes(category));
      expect(expecting.length).toBeGreaterThanOrEqual(40);
      const rule = (e: CorpusEntry) => signals(e.text).errors.some((f) => f.category === category);
      const model = (e: CorpusEntry) => modelCategories(signals(e.text)).includes(category);
      const ruleHits = expecting.filter(rule).length;
      const modelHits = expecting.filter(model).length;
      const eitherHits = expecting.filter((e) => rule(e) || model(e)).length;
      const n = expecting.length;
      if (ruleHits / n < 0.9) low.push(`${category} ${ruleHits}/${n}`);
      lines.push(
        `  ${category.padEnd(18)} rules ${ruleHits}/${n} = ${pct(ruleHits, n)}; model ${modelHits}/${n} = ` +
          `${pct(modelHits, n)}; rules + model ${eitherHits}/${n} = ${pct(eitherHits, n)}`,
      );
      for (const m of expecting.filter((e) => !rule(e))) {
        const s = signals(m.text);
        const hits = describeHits(s.errors);
        const models = modelCategories(s);
        lines.push(
          `      missed: ${m.text}  [expects ${(m.expect ?? []).join('/')}; got ${hits || 'nothing'}` +
            `${models.length > 0 ? `; model ${models.join('/')}` : ''}]`,
        );
      }
    }
    console.log(`round8 per-category recall (error of the expected category; model/<category>):\n${lines.join('\n')}`);
    expect(low, `below 90%: ${low.join(', ')}`).toEqual([]);
  });

  it('prints recall and false blocks with the model signal counted', () => {
    const flaggedByRules = (e: CorpusEntry) => signals(e.text).errors.length > 0;
    const flaggedByModel = (e: CorpusEntry) => signals(e.text).model.length > 0;
    const row = (entries: readonly CorpusEntry[], flagged: (e: CorpusEntry) => boolean) => {
      const n = entries.filter(flagged).length;
      return `${n}/${entries.length} = ${pct(n, entries.length)}`;
    };
    const either = (e: CorpusEntry) => flaggedByRules(e) || flaggedByModel(e);
    console.log(
      [
        'round8 signals (violating flagged | lawful flagged):',
        `  rules only     ${row(abusive, flaggedByRules)} | ${row(lawful, flaggedByRules)}`,
        `  model only     ${row(abusive, flaggedByModel)} | ${row(lawful, flaggedByModel)}`,
        `  rules + model  ${row(abusive, either)} | ${row(lawful, either)}`,
      ].join('\n'),
    );
    const modelOnlyLawful = lawful.filter((e) => !flaggedByRules(e) && flaggedByModel(e));
    if (modelOnlyLawful.length > 0) {
      console.log(
        `round8 lawful messages with only a model warning:\n  ${modelOnlyLawful
          .map((e) => `${e.text}  [model ${modelCategories(signals(e.text)).join('/')}]`)
          .join('\n  ')}`,
      );
    }
    const missedByBoth = abusive.filter((e) => !either(e));
    if (missedByBoth.length > 0)
      console.log(
        `round8 missed by rules and model:\n  ${missedByBoth.map((e) => `${e.text}  [${e.note ?? ''}]`).join('\n  ')}`,
      );
  });

  it('plain-text view (template findings left out): blocks ≥ 90% of the violating and ≤ 5% of the lawful messages', () => {
    const wording = (e: CorpusEntry) => signals(e.text).errors.some((f) => f.category !== 'template');
    const n = (entries: readonly CorpusEntry[]) => entries.filter(wording).length;
    console.log(
      `round8 plain-text view (violating blocked | lawful blocked): ${n(abusive)}/${abusive.length} = ` +
        `${pct(n(abusive), abusive.length)} | ${n(lawful)}/${lawful.length} = ${pct(n(lawful), lawful.length)}`,
    );
    const blockedLawful = lawful.filter(wording);
    if (blockedLawful.length > 0)
      console.log(
        `round8 plain-text lawful blocks:\n  ${blockedLawful
          .map(
            (e) => `${e.text}\n      ${describeHits(signals(e.text).errors.filter((f) => f.category !== 'template'))}`,
          )
          .join('\n  ')}`,
      );
    expect(n(abusive) / abusive.length).toBeGreaterThanOrEqual(0.9);
    expect(n(lawful) / lawful.length).toBeLessThanOrEqual(0.05);
  });
});
