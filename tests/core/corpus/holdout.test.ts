import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import { defaultSamples } from '../../../src/core/samples/defaults';
import { CATEGORIES, type Category, type Finding } from '../../../src/core/types';
import abusiveJson from '../../fixtures/corpus/holdout-abusive.json';
import lawfulJson from '../../fixtures/corpus/holdout-lawful.json';

/**
 * The holdout set was written blind (without reading the rule pack or the tuning corpus). Its figures are the
 * honest estimate of how the pack does on real collection SMS; tune rules by meaning, never by pasting its lines.
 */
interface CorpusEntry {
  text: string;
  expect?: Category[];
  note?: string;
}

const FORM_CATEGORIES: readonly Category[] = ['missing_element', 'structure', 'length'];

const abusive = abusiveJson as CorpusEntry[];
const lawful = lawfulJson as CorpusEntry[];
const ruleset = defaultRuleset();
const samples = defaultSamples();

const contentErrors = (text: string): Finding[] =>
  checkTemplate({ source: text }, { ruleset, samples }).findings.filter(
    (f) => f.severity === 'error' && !FORM_CATEGORIES.includes(f.category),
  );

const describeHits = (fs: Finding[]): string => fs.map((f) => `${f.ruleId}“${f.match ?? ''}”`).join(', ');
const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;

describe('the blind holdout corpus (tests/fixtures/corpus/holdout-*.json)', () => {
  it('has at least 120 abusive and 100 lawful messages with known categories', () => {
    expect(abusive.length).toBeGreaterThanOrEqual(120);
    expect(lawful.length).toBeGreaterThanOrEqual(100);
    const unknown = [...abusive, ...lawful].flatMap((e) => (e.expect ?? []).filter((c) => !CATEGORIES.includes(c)));
    expect(unknown).toEqual([]);
  });

  it('blocks at least 90% of the abusive holdout messages through a content rule', () => {
    const misses = abusive.filter((entry) => contentErrors(entry.text).length === 0);
    const caught = abusive.length - misses.length;
    console.log(`holdout recall: ${caught}/${abusive.length} = ${pct(caught, abusive.length)}`);
    if (misses.length > 0) console.log(`holdout misses:\n  ${misses.map((m) => `${m.text}  [${m.note ?? ''}]`).join('\n  ')}`);
    expect(caught / abusive.length).toBeGreaterThanOrEqual(0.9);
  });

  it('falsely blocks at most 5% of the lawful holdout messages through a content rule', () => {
    const falseBlocks = lawful
      .map((entry) => ({ text: entry.text, errors: contentErrors(entry.text) }))
      .filter((r) => r.errors.length > 0);
    console.log(`holdout false blocks: ${falseBlocks.length}/${lawful.length} = ${pct(falseBlocks.length, lawful.length)}`);
    if (falseBlocks.length > 0) {
      console.log(`holdout false blocks:\n  ${falseBlocks.map((r) => `${r.text}\n      ${describeHits(r.errors)}`).join('\n  ')}`);
    }
    expect(falseBlocks.length / lawful.length).toBeLessThanOrEqual(0.05);
  });
});
