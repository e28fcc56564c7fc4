import { describe, expect, it } from 'vitest';
import abusiveJson from '../../fixtures/corpus/round9-abusive.json';
import lawfulJson from '../../fixtures/corpus/round9-lawful.json';
import { checkTemplate } from '../../../src/core/check/check-template';
import { type Category, type Finding } from '../../../src/core/types';
import { type CorpusEntry, FORM_CATEGORIES, describeBlindRound, describeHits, pct, ruleset, samples } from './measure';

/**
 * Round 9 (blind, 2026-12-06) was written by a third author without reading the rule pack, the matcher, the
 * classifier or any corpus file but the first lines of one (for the JSON shape), from regulations.md and anchors.md
 * only, in the style of borrowers' forum screenshots (long and short, dialect, pinyin, homophones, emoji, one
 * violating sentence buried in a lawful reminder): at least 51 messages expecting each of the six classes (292 in
 * all) and 156 lawful ones, about half firm. It was measured once on the pack after the round-8 tuning (commit
 * ad6c712) — the FIRST PASS of that pack on unseen text, in tests/fixtures/corpus/README.md ("Round 9"). The
 * thresholds are recorded only (minRecall 0, maxFalseBlocks 1).
 */
const abusive = abusiveJson as CorpusEntry[];
const lawful = lawfulJson as CorpusEntry[];

describeBlindRound({
  label: 'round9',
  noun: 'round-9',
  title: 'the blind round-9 corpus (tests/fixtures/corpus/round9-*.json)',
  abusive,
  lawful,
  minAbusive: 240,
  minLawful: 150,
  minRecall: 0,
  maxFalseBlocks: 1,
});

/** The six classes round 9 was written for; each has at least 40 messages that expect it. */
const ROUND9_CLASSES: readonly Category[] = [
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

describe('round 9 per-category recall and the model signal (recorded only)', () => {
  it('has at least 40 messages expecting each of the six classes and prints per-category recall', () => {
    const lines: string[] = [];
    for (const category of ROUND9_CLASSES) {
      const expecting = abusive.filter((e) => (e.expect ?? []).includes(category));
      expect(expecting.length).toBeGreaterThanOrEqual(40);
      const rule = (e: CorpusEntry) => signals(e.text).errors.some((f) => f.category === category);
      const model = (e: CorpusEntry) => modelCategories(signals(e.text)).includes(category);
      const ruleHits = expecting.filter(rule).length;
      const modelHits = expecting.filter(model).length;
      const eitherHits = expecting.filter((e) => rule(e) || model(e)).length;
      const n = expecting.length;
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
    console.log(`round9 per-category recall (error of the expected category; model/<category>):\n${lines.join('\n')}`);
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
        'round9 signals (violating flagged | lawful flagged):',
        `  rules only     ${row(abusive, flaggedByRules)} | ${row(lawful, flaggedByRules)}`,
        `  model only     ${row(abusive, flaggedByModel)} | ${row(lawful, flaggedByModel)}`,
        `  rules + model  ${row(abusive, either)} | ${row(lawful, either)}`,
      ].join('\n'),
    );
    const modelOnlyLawful = lawful.filter((e) => !flaggedByRules(e) && flaggedByModel(e));
    if (modelOnlyLawful.length > 0) {
      console.log(
        `round9 lawful messages with only a model warning:\n  ${modelOnlyLawful
          .map((e) => `${e.text}  [model ${modelCategories(signals(e.text)).join('/')}]`)
          .join('\n  ')}`,
      );
    }
    const missedByBoth = abusive.filter((e) => !either(e));
    if (missedByBoth.length > 0)
      console.log(
        `round9 missed by rules and model:\n  ${missedByBoth.map((e) => `${e.text}  [${e.note ?? ''}]`).join('\n  ')}`,
      );
  });

  it('prints recall and false blocks with template findings (unknown variables) left out', () => {
    const wording = (e: CorpusEntry) => signals(e.text).errors.some((f) => f.category !== 'template');
    const n = (entries: readonly CorpusEntry[]) => entries.filter(wording).length;
    console.log(
      `round9 plain-text view (violating blocked | lawful blocked): ${n(abusive)}/${abusive.length} = ` +
        `${pct(n(abusive), abusive.length)} | ${n(lawful)}/${lawful.length} = ${pct(n(lawful), lawful.length)}`,
    );
    expect(n(abusive)).toBeGreaterThan(0);
  });
});
