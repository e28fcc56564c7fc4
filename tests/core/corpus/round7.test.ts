import { describe, expect, it } from 'vitest';
import abusiveJson from '../../fixtures/corpus/round7-abusive.json';
import lawfulJson from '../../fixtures/corpus/round7-lawful.json';
import { checkTemplate } from '../../../src/core/check/check-template';
import { type Category, type Finding } from '../../../src/core/types';
import { type CorpusEntry, FORM_CATEGORIES, describeBlindRound, describeHits, pct, ruleset, samples } from './measure';

/**
 * Round 7 (blind, after the round-6 tuning, 2026-12-06) was written by another author without reading the rule pack,
 * the matcher, the classifier or any earlier corpus file, from regulations.md and anchors.md only: at least 40
 * messages expecting each of threat, third_party, impersonation, false_consequence, insult and privacy (an `expect`
 * lists every category a message commits), and a lawful half with the hard cases (the lender's own 法务部, accurate
 * 征信 wording, litigation as a possibility, anti-fraud notices, "we will never…", hardship plans, confirmations,
 * reminders, 紧急联系人 service notices, weather and holiday care).
 *
 * The first pass (pack untouched: recall 203/281 = 72.2%, false blocks 16/176 = 9.1%, per class 51–72%) is recorded
 * in tests/fixtures/corpus/README.md ("Round 7 (blind, after tuning, 2026-12-06)"). The pack was then TUNED on this
 * round by meaning class ("Tuning after round 7"), so these figures are no longer a blind estimate, and the round is
 * held to the floors of the earlier rounds: recall ≥ 90%, false blocks ≤ 5%, and an error of its own class for ≥ 90%
 * of the messages of each of the six classes. Besides the rules-only figures it prints the same figures with the
 * model signal counted: a `model/<category>` warning counts as flagged (printed only, never asserted; the model was
 * not retrained, so its round-7 figures stay blind).
 */
const abusive = abusiveJson as CorpusEntry[];
const lawful = lawfulJson as CorpusEntry[];

describeBlindRound({
  label: 'round7',
  noun: 'round-7',
  title: 'the blind round-7 corpus (tests/fixtures/corpus/round7-*.json)',
  abusive,
  lawful,
  minAbusive: 240,
  minLawful: 150,
  minRecall: 0.9,
  maxFalseBlocks: 0.05,
});

/** The six classes round 7 was written for; each has at least 40 messages that expect it. */
const ROUND7_CLASSES: readonly Category[] = [
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

describe('round 7 per-category recall and the model signal', () => {
  it('has at least 40 messages expecting each of the six classes and gets an error of that class for ≥ 90% of them', () => {
    const lines: string[] = [];
    const low: string[] = [];
    for (const category of ROUND7_CLASSES) {
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
    console.log(`round7 per-category recall (error of the expected category; model/<category>):\n${lines.join('\n')}`);
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
        'round7 signals (violating flagged | lawful flagged):',
        `  rules only     ${row(abusive, flaggedByRules)} | ${row(lawful, flaggedByRules)}`,
        `  model only     ${row(abusive, flaggedByModel)} | ${row(lawful, flaggedByModel)}`,
        `  rules + model  ${row(abusive, either)} | ${row(lawful, either)}`,
      ].join('\n'),
    );
    const modelOnlyLawful = lawful.filter((e) => !flaggedByRules(e) && flaggedByModel(e));
    if (modelOnlyLawful.length > 0) {
      console.log(
        `round7 lawful messages with only a model warning:\n  ${modelOnlyLawful
          .map((e) => `${e.text}  [model ${modelCategories(signals(e.text)).join('/')}]`)
          .join('\n  ')}`,
      );
    }
    const missedByBoth = abusive.filter((e) => !either(e));
    if (missedByBoth.length > 0)
      console.log(
        `round7 missed by rules and model:\n  ${missedByBoth.map((e) => `${e.text}  [${e.note ?? ''}]`).join('\n  ')}`,
      );
  });
});
