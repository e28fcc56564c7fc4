import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import { defaultSamples } from '../../../src/core/samples/defaults';
import { CATEGORIES, type Category, type Finding } from '../../../src/core/types';
import abusiveJson from '../../fixtures/corpus/abusive.json';
import lawfulJson from '../../fixtures/corpus/lawful.json';

interface CorpusEntry {
  text: string;
  expect?: Category[];
  note?: string;
}

/** Plain-text messages lack a signature, stage, hotline…: those findings are not about what the message says. */
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

describe('the evaluation corpus (tests/fixtures/corpus)', () => {
  it('has at least 120 abusive and 80 lawful messages with known categories', () => {
    expect(abusive.length).toBeGreaterThanOrEqual(120);
    expect(lawful.length).toBeGreaterThanOrEqual(80);
    const unknown = [...abusive, ...lawful].flatMap((e) => (e.expect ?? []).filter((c) => !CATEGORIES.includes(c)));
    expect(unknown).toEqual([]);
    expect(ruleset.problems.map((p) => p.message)).toEqual([]);
  });

  it('blocks at least 95% of the abusive messages through a content rule', () => {
    const misses: string[] = [];
    const partial: string[] = [];
    for (const entry of abusive) {
      const errors = contentErrors(entry.text);
      if (errors.length === 0) {
        misses.push(entry.text);
        continue;
      }
      const found = new Set(errors.map((f) => f.category));
      const lacking = (entry.expect ?? []).filter((c) => !found.has(c));
      if (lacking.length > 0) partial.push(`${entry.text}\n      expected ${lacking.join('/')}; got ${describeHits(errors)}`);
    }
    const caught = abusive.length - misses.length;
    console.log(`corpus recall: ${caught}/${abusive.length} = ${pct(caught, abusive.length)} blocked by a content rule`);
    console.log(`corpus category agreement: ${abusive.length - misses.length - partial.length}/${abusive.length} with every expected category`);
    if (misses.length > 0) console.log(`missed:\n  ${misses.join('\n  ')}`);
    if (partial.length > 0) console.log(`caught with other categories than expected:\n  ${partial.join('\n  ')}`);
    expect(caught / abusive.length).toBeGreaterThanOrEqual(0.95);
  });

  it('falsely blocks at most 3% of the lawful messages through a content rule', () => {
    const falseBlocks = lawful
      .map((entry) => ({ text: entry.text, errors: contentErrors(entry.text) }))
      .filter((r) => r.errors.length > 0);
    console.log(`corpus false blocks: ${falseBlocks.length}/${lawful.length} = ${pct(falseBlocks.length, lawful.length)}`);
    if (falseBlocks.length > 0) {
      console.log(`false blocks:\n  ${falseBlocks.map((r) => `${r.text}\n      ${describeHits(r.errors)}`).join('\n  ')}`);
    }
    expect(falseBlocks.length / lawful.length).toBeLessThanOrEqual(0.03);
  });
});
