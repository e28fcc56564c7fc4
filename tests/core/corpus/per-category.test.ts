import { describe, expect, it } from 'vitest';
import abusive1 from '../../fixtures/corpus/abusive.json';
import holdout from '../../fixtures/corpus/holdout-abusive.json';
import round2 from '../../fixtures/corpus/round2-abusive.json';
import round3 from '../../fixtures/corpus/round3-abusive.json';
import round4 from '../../fixtures/corpus/round4-abusive.json';
import round5 from '../../fixtures/corpus/round5-abusive.json';
import round6 from '../../fixtures/corpus/round6-abusive.json';
import { type Category } from '../../../src/core/types';
import { type CorpusEntry, FORM_CATEGORIES, contentErrors, pct } from './measure';

/**
 * Per-category recall over every abusive corpus file that carries `expect`: of the messages that expect category C,
 * the share that get an *error* finding of category C (a block through another category does not count). Entries
 * without `expect` (the later additions to abusive.json) are skipped.
 *
 * The earlier rounds (abusive.json, holdout, round 2–5) are asserted per category, pooled: ≥ 90% where that held when
 * this test was written, otherwise the value measured then is the floor, so a regression fails the build (raise a
 * floor when the pack improves; never lower it to make a change pass). Round 6 is blind and printed only.
 */
const EARLIER: readonly { label: string; entries: CorpusEntry[] }[] = [
  { label: 'abusive', entries: abusive1 as CorpusEntry[] },
  { label: 'holdout', entries: holdout as CorpusEntry[] },
  { label: 'round2', entries: round2 as CorpusEntry[] },
  { label: 'round3', entries: round3 as CorpusEntry[] },
  { label: 'round4', entries: round4 as CorpusEntry[] },
  { label: 'round5', entries: round5 as CorpusEntry[] },
];
const BLIND: readonly { label: string; entries: CorpusEntry[] }[] = [
  { label: 'round6', entries: round6 as CorpusEntry[] },
];

const TARGET = 0.9;

/**
 * Floors for the categories that were below 90% on the earlier rounds when this test was written (2026-12-06):
 * the measured hit/expected share, rounded down. Any category not listed must stay ≥ 90%.
 */
const FLOORS: Partial<Record<Category, number>> = {
  threat: 0.832, // 214/257
  third_party: 0.863, // 171/198
  impersonation: 0.864, // 102/118
  false_consequence: 0.893, // 185/207
  privacy: 0.361, // 17/47
};

interface Tally {
  hit: number;
  of: number;
}

/** hit/expected per content category for one list of messages. */
function tally(entries: readonly CorpusEntry[]): Map<Category, Tally> {
  const out = new Map<Category, Tally>();
  for (const entry of entries) {
    const expected = (entry.expect ?? []).filter((c) => !FORM_CATEGORIES.includes(c));
    if (expected.length === 0) continue;
    const found = new Set(contentErrors(entry.text).map((f) => f.category));
    for (const c of expected) {
      const t = out.get(c) ?? { hit: 0, of: 0 };
      t.of += 1;
      if (found.has(c)) t.hit += 1;
      out.set(c, t);
    }
  }
  return out;
}

function pool(tallies: readonly Map<Category, Tally>[]): Map<Category, Tally> {
  const out = new Map<Category, Tally>();
  for (const m of tallies) {
    for (const [c, t] of m) {
      const p = out.get(c) ?? { hit: 0, of: 0 };
      out.set(c, { hit: p.hit + t.hit, of: p.of + t.of });
    }
  }
  return out;
}

const cell = (t: Tally | undefined): string => (t ? `${t.hit}/${t.of} ${pct(t.hit, t.of)}` : '—');

describe('per-category recall over all abusive corpus files with expect', () => {
  const earlierTallies = EARLIER.map((f) => tally(f.entries));
  const blindTallies = BLIND.map((f) => tally(f.entries));
  const earlier = pool(earlierTallies);
  const columns = [
    ...EARLIER.map((f, i) => ({ label: f.label, t: earlierTallies[i] })),
    { label: 'earlier (pooled)', t: earlier },
    ...BLIND.map((f, i) => ({ label: `${f.label} (blind)`, t: blindTallies[i] })),
  ];
  const categories = [...new Set(columns.flatMap((col) => [...(col.t ?? new Map()).keys()]))].sort();

  it('prints the table and keeps each category of the earlier rounds at ≥ 90% or at its recorded floor', () => {
    const width = 22;
    const header = ['category'.padEnd(18), ...columns.map((col) => col.label.padEnd(width))].join(' ');
    const rows = categories.map((c) =>
      [c.padEnd(18), ...columns.map((col) => cell(col.t?.get(c)).padEnd(width))].join(' '),
    );
    console.log(`per-category recall (error finding of the expected category):\n${header}\n${rows.join('\n')}`);

    const below = [...earlier].filter(([, t]) => t.hit / t.of < TARGET).map(([c, t]) => `${c} ${cell(t)}`);
    if (below.length > 0) console.log(`earlier rounds below ${TARGET * 100}%: ${below.join(', ')}`);

    for (const [c, t] of earlier) {
      const floor = FLOORS[c] ?? TARGET;
      expect(t.hit / t.of, `${c}: ${cell(t)} (floor ${floor})`).toBeGreaterThanOrEqual(floor);
    }
  });
});
