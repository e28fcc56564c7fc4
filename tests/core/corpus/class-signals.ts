import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { MODEL_CATEGORIES } from '../../../src/core/classifier/model-types';
import type { Category, Finding } from '../../../src/core/types';
import { type CorpusEntry, FORM_CATEGORIES, describeBlindRound, describeHits, pct, ruleset, samples } from './measure';

/** The six classes the blind rounds since round 6 were written for: the content classes the classifier scores. */
export const SIX_CLASSES: readonly Category[] = MODEL_CATEGORIES;

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

export interface ClassRound {
  /** Printed label, e.g. `round8`. */
  label: string;
  /** describe() title. */
  title: string;
  abusive: readonly CorpusEntry[];
  lawful: readonly CorpusEntry[];
  /** Share of each class's messages that must get an error of that class (0: recorded only). */
  minClassRecall: number;
  /**
   * The plain-text view (findings of category `template`, e.g. unknown variables, left out): its floors, or
   * `undefined` to print it only.
   */
  plainText?: { minRecall: number; maxFalseBlocks: number };
}

/**
 * Per-class recall (an error of the message's own class) with the model's warnings beside it, the signals with the
 * model counted, and the plain-text view — the tests every round written for the six classes runs.
 */
export function describeClassSignals(r: ClassRound): void {
  describe(r.title, () => {
    it(`has at least 40 messages expecting each of the six classes; an error of that class for ≥ ${Math.round(r.minClassRecall * 100)}% of them`, () => {
      const lines: string[] = [];
      const low: string[] = [];
      for (const category of SIX_CLASSES) {
        const expecting = r.abusive.filter((e) => (e.expect ?? []).includes(category));
        expect(expecting.length).toBeGreaterThanOrEqual(40);
        const rule = (e: CorpusEntry) => signals(e.text).errors.some((f) => f.category === category);
        const model = (e: CorpusEntry) => modelCategories(signals(e.text)).includes(category);
        const ruleHits = expecting.filter(rule).length;
        const modelHits = expecting.filter(model).length;
        const eitherHits = expecting.filter((e) => rule(e) || model(e)).length;
        const n = expecting.length;
        if (ruleHits / n < r.minClassRecall) low.push(`${category} ${ruleHits}/${n}`);
        lines.push(
          `  ${category.padEnd(18)} rules ${ruleHits}/${n} = ${pct(ruleHits, n)}; model ${modelHits}/${n} = ` +
            `${pct(modelHits, n)}; rules + model ${eitherHits}/${n} = ${pct(eitherHits, n)}`,
        );
        for (const m of expecting.filter((e) => !rule(e))) {
          const s = signals(m.text);
          const models = modelCategories(s);
          lines.push(
            `      missed: ${m.text}  [expects ${(m.expect ?? []).join('/')}; got ${describeHits(s.errors) || 'nothing'}` +
              `${models.length > 0 ? `; model ${models.join('/')}` : ''}]`,
          );
        }
      }
      console.log(
        `${r.label} per-category recall (error of the expected category; model/<category>):\n${lines.join('\n')}`,
      );
      expect(low, `below ${Math.round(r.minClassRecall * 100)}%: ${low.join(', ')}`).toEqual([]);
    });

    it('prints recall and false blocks with the model signal counted', () => {
      const byRules = (e: CorpusEntry) => signals(e.text).errors.length > 0;
      const byModel = (e: CorpusEntry) => signals(e.text).model.length > 0;
      const either = (e: CorpusEntry) => byRules(e) || byModel(e);
      const row = (entries: readonly CorpusEntry[], flagged: (e: CorpusEntry) => boolean) => {
        const n = entries.filter(flagged).length;
        return `${n}/${entries.length} = ${pct(n, entries.length)}`;
      };
      console.log(
        [
          `${r.label} signals (violating flagged | lawful flagged):`,
          `  rules only     ${row(r.abusive, byRules)} | ${row(r.lawful, byRules)}`,
          `  model only     ${row(r.abusive, byModel)} | ${row(r.lawful, byModel)}`,
          `  rules + model  ${row(r.abusive, either)} | ${row(r.lawful, either)}`,
        ].join('\n'),
      );
      const modelOnlyLawful = r.lawful.filter((e) => !byRules(e) && byModel(e));
      if (modelOnlyLawful.length > 0)
        console.log(
          `${r.label} lawful messages with only a model warning:\n  ${modelOnlyLawful
            .map((e) => `${e.text}  [model ${modelCategories(signals(e.text)).join('/')}]`)
            .join('\n  ')}`,
        );
      const missedByBoth = r.abusive.filter((e) => !either(e));
      if (missedByBoth.length > 0)
        console.log(
          `${r.label} missed by rules and model:\n  ${missedByBoth.map((e) => `${e.text}  [${e.note ?? ''}]`).join('\n  ')}`,
        );
      expect(r.abusive.filter(either).length).toBeGreaterThan(0);
    });

    it(`plain-text view (template findings left out)${r.plainText ? `: blocks ≥ ${Math.round(r.plainText.minRecall * 100)}% of the violating and ≤ ${Math.round(r.plainText.maxFalseBlocks * 100)}% of the lawful messages` : ', recorded only'}`, () => {
      const wording = (e: CorpusEntry) => signals(e.text).errors.some((f) => f.category !== 'template');
      const n = (entries: readonly CorpusEntry[]) => entries.filter(wording).length;
      console.log(
        `${r.label} plain-text view (violating blocked | lawful blocked): ${n(r.abusive)}/${r.abusive.length} = ` +
          `${pct(n(r.abusive), r.abusive.length)} | ${n(r.lawful)}/${r.lawful.length} = ${pct(n(r.lawful), r.lawful.length)}`,
      );
      const blockedLawful = r.lawful.filter(wording);
      if (blockedLawful.length > 0)
        console.log(
          `${r.label} plain-text lawful blocks:\n  ${blockedLawful
            .map(
              (e) =>
                `${e.text}\n      ${describeHits(signals(e.text).errors.filter((f) => f.category !== 'template'))}`,
            )
            .join('\n  ')}`,
        );
      expect(n(r.abusive)).toBeGreaterThan(0);
      if (r.plainText) {
        expect(n(r.abusive) / r.abusive.length).toBeGreaterThanOrEqual(r.plainText.minRecall);
        expect(n(r.lawful) / r.lawful.length).toBeLessThanOrEqual(r.plainText.maxFalseBlocks);
      }
    });
  });
}

/** A blind round of at least 240 violating and 150 lawful messages written for the six classes, and its floors. */
export interface SixClassRound {
  round: number;
  abusive: readonly CorpusEntry[];
  lawful: readonly CorpusEntry[];
  /** the tuned floors it is held to (the plain-text view alike); none: its first pass is recorded only */
  floors?: { recall: number; falseBlocks: number; classRecall: number };
}

/** Blocked and falsely blocked messages, then per-class recall, the model signal and the plain-text view of a round. */
export function describeSixClassRound({ round, abusive, lawful, floors }: SixClassRound): void {
  const label = `round${round}`;
  describeBlindRound({
    label,
    noun: `round-${round}`,
    title: `the blind round-${round} corpus (tests/fixtures/corpus/${label}-*.json)`,
    abusive,
    lawful,
    minAbusive: 240,
    minLawful: 150,
    minRecall: floors?.recall ?? 0,
    maxFalseBlocks: floors?.falseBlocks ?? 1,
  });
  describeClassSignals({
    label,
    title: `round ${round} per-category recall, the model signal and the plain-text view (${floors ? 'tuned floors' : 'recorded only'})`,
    abusive,
    lawful,
    minClassRecall: floors?.classRecall ?? 0,
    ...(floors ? { plainText: { minRecall: floors.recall, maxFalseBlocks: floors.falseBlocks } } : {}),
  });
}
