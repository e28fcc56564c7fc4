import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import { defaultSamples } from '../../../src/core/samples/defaults';
import { CATEGORIES, type Category, type Finding } from '../../../src/core/types';

/** One corpus message: `expect` lists the categories an abusive message should be blocked for. */
export interface CorpusEntry {
  text: string;
  expect?: Category[];
  note?: string;
}

/**
 * Categories that are not about what a message says: a plain-text message lacks a signature, stage, hotline…, and
 * policy findings (send window, frequency, official hotline) are process checks. The product is judged on content
 * errors only, so neither recall nor false blocks count these.
 */
export const FORM_CATEGORIES: readonly Category[] = ['missing_element', 'structure', 'length', 'policy'];

/** The default pack and samples, loaded once per test file. */
export const ruleset = defaultRuleset();
export const samples = defaultSamples();

/** Error findings in a content category for a message checked as a plain-text template (no meta). */
export const contentErrors = (text: string): Finding[] =>
  checkTemplate({ source: text }, { ruleset, samples }).findings.filter(
    (f) => f.severity === 'error' && !FORM_CATEGORIES.includes(f.category),
  );

export const describeHits = (fs: Finding[]): string => fs.map((f) => `${f.ruleId}“${f.match ?? ''}”`).join(', ');
export const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;

/** `expect` categories that are not real categories (typos in a corpus file). */
export const unknownCategories = (entries: readonly CorpusEntry[]): Category[] =>
  entries.flatMap((e) => (e.expect ?? []).filter((c) => !CATEGORIES.includes(c)));

/** Abusive messages with no content error. */
export const missedEntries = (abusive: readonly CorpusEntry[]): CorpusEntry[] =>
  abusive.filter((entry) => contentErrors(entry.text).length === 0);

/** Lawful messages with at least one content error, with those errors. */
export const falselyBlocked = (lawful: readonly CorpusEntry[]): { text: string; errors: Finding[] }[] =>
  lawful.map((entry) => ({ text: entry.text, errors: contentErrors(entry.text) })).filter((r) => r.errors.length > 0);

export interface BlindRound {
  /** Printed label, e.g. `round2`. */
  label: string;
  /** Name in the test titles, e.g. `round-2`. */
  noun: string;
  /** describe() title. */
  title: string;
  abusive: readonly CorpusEntry[];
  lawful: readonly CorpusEntry[];
  minAbusive: number;
  minLawful: number;
  /** Recall and false-block thresholds as fractions. */
  minRecall: number;
  maxFalseBlocks: number;
}

/** The three tests every blind corpus round runs: size and categories, recall (misses printed), false blocks. */
export function describeBlindRound(r: BlindRound): void {
  const recallPct = Math.round(r.minRecall * 100);
  const falsePct = Math.round(r.maxFalseBlocks * 100);
  describe(r.title, () => {
    it(`has at least ${r.minAbusive} abusive and ${r.minLawful} lawful messages with known categories`, () => {
      expect(r.abusive.length).toBeGreaterThanOrEqual(r.minAbusive);
      expect(r.lawful.length).toBeGreaterThanOrEqual(r.minLawful);
      expect(unknownCategories([...r.abusive, ...r.lawful])).toEqual([]);
    });

    it(`blocks at least ${recallPct}% of the abusive ${r.noun} messages through a content rule`, () => {
      const misses = missedEntries(r.abusive);
      const caught = r.abusive.length - misses.length;
      console.log(`${r.label} recall: ${caught}/${r.abusive.length} = ${pct(caught, r.abusive.length)}`);
      if (misses.length > 0)
        console.log(`${r.label} misses:\n  ${misses.map((m) => `${m.text}  [${m.note ?? ''}]`).join('\n  ')}`);
      expect(caught / r.abusive.length).toBeGreaterThanOrEqual(r.minRecall);
    });

    it(`falsely blocks at most ${falsePct}% of the lawful ${r.noun} messages through a content rule`, () => {
      const blocks = falselyBlocked(r.lawful);
      console.log(
        `${r.label} false blocks: ${blocks.length}/${r.lawful.length} = ${pct(blocks.length, r.lawful.length)}`,
      );
      if (blocks.length > 0) {
        console.log(
          `${r.label} false blocks:\n  ${blocks.map((b) => `${b.text}\n      ${describeHits(b.errors)}`).join('\n  ')}`,
        );
      }
      expect(blocks.length / r.lawful.length).toBeLessThanOrEqual(r.maxFalseBlocks);
    });
  });
}
