import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import { defaultSamples } from '../../../src/core/samples/defaults';
import { CATEGORIES, type Category, type Finding } from '../../../src/core/types';
import abusiveJson from '../../fixtures/corpus/round2-abusive.json';
import lawfulJson from '../../fixtures/corpus/round2-lawful.json';

/**
 * Round 2 was written blind (without reading the rule pack or any earlier corpus) from new angles: long messages with
 * one abusive sentence, formal veiled coercion, third-party and guarantor messages, fake law-firm senders, false
 * credit claims, fake fees, asterisk/homophone evasions, and lawful look-alikes. Tune by meaning, never by pasting.
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

describe('the blind round-2 corpus (tests/fixtures/corpus/round2-*.json)', () => {
  it('has at least 100 abusive and 100 lawful messages with known categories', () => {
    expect(abusive.length).toBeGreaterThanOrEqual(100);
    expect(lawful.length).toBeGreaterThanOrEqual(100);
    const unknown = [...abusive, ...lawful].flatMap((e) => (e.expect ?? []).filter((c) => !CATEGORIES.includes(c)));
    expect(unknown).toEqual([]);
  });

  it('blocks at least 90% of the abusive round-2 messages through a content rule', () => {
    const misses = abusive.filter((entry) => contentErrors(entry.text).length === 0);
    const caught = abusive.length - misses.length;
    console.log(`round2 recall: ${caught}/${abusive.length} = ${pct(caught, abusive.length)}`);
    if (misses.length > 0) console.log(`round2 misses:\n  ${misses.map((m) => `${m.text}  [${m.note ?? ''}]`).join('\n  ')}`);
    expect(caught / abusive.length).toBeGreaterThanOrEqual(0.9);
  });

  it('falsely blocks at most 5% of the lawful round-2 messages through a content rule', () => {
    const falseBlocks = lawful
      .map((entry) => ({ text: entry.text, errors: contentErrors(entry.text) }))
      .filter((r) => r.errors.length > 0);
    console.log(`round2 false blocks: ${falseBlocks.length}/${lawful.length} = ${pct(falseBlocks.length, lawful.length)}`);
    if (falseBlocks.length > 0) {
      console.log(`round2 false blocks:\n  ${falseBlocks.map((r) => `${r.text}\n      ${describeHits(r.errors)}`).join('\n  ')}`);
    }
    expect(falseBlocks.length / lawful.length).toBeLessThanOrEqual(0.05);
  });
});
