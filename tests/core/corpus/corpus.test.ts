import { describe, expect, it } from 'vitest';
import abusiveJson from '../../fixtures/corpus/abusive.json';
import lawfulJson from '../../fixtures/corpus/lawful.json';
import {
  type CorpusEntry,
  contentErrors,
  describeHits,
  falselyBlocked,
  pct,
  ruleset,
  unknownCategories,
} from './measure';

const abusive = abusiveJson as CorpusEntry[];
const lawful = lawfulJson as CorpusEntry[];

describe('the evaluation corpus (tests/fixtures/corpus)', () => {
  it('has at least 120 abusive and 80 lawful messages with known categories', () => {
    expect(abusive.length).toBeGreaterThanOrEqual(120);
    expect(lawful.length).toBeGreaterThanOrEqual(80);
    expect(unknownCategories([...abusive, ...lawful])).toEqual([]);
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
      if (lacking.length > 0)
        partial.push(`${entry.text}\n      expected ${lacking.join('/')}; got ${describeHits(errors)}`);
    }
    const caught = abusive.length - misses.length;
    console.log(
      `corpus recall: ${caught}/${abusive.length} = ${pct(caught, abusive.length)} blocked by a content rule`,
    );
    console.log(
      `corpus category agreement: ${abusive.length - misses.length - partial.length}/${abusive.length} with every expected category`,
    );
    if (misses.length > 0) console.log(`missed:\n  ${misses.join('\n  ')}`);
    if (partial.length > 0) console.log(`caught with other categories than expected:\n  ${partial.join('\n  ')}`);
    expect(caught / abusive.length).toBeGreaterThanOrEqual(0.95);
  });

  it('falsely blocks at most 3% of the lawful messages through a content rule', () => {
    const falseBlocks = falselyBlocked(lawful);
    console.log(
      `corpus false blocks: ${falseBlocks.length}/${lawful.length} = ${pct(falseBlocks.length, lawful.length)}`,
    );
    if (falseBlocks.length > 0) {
      console.log(
        `false blocks:\n  ${falseBlocks.map((r) => `${r.text}\n      ${describeHits(r.errors)}`).join('\n  ')}`,
      );
    }
    expect(falseBlocks.length / lawful.length).toBeLessThanOrEqual(0.03);
  });
});
