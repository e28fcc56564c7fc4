import { describe, expect, it } from 'vitest';
import abusive1 from '../../fixtures/corpus/abusive.json';
import holdout from '../../fixtures/corpus/holdout-abusive.json';
import round2 from '../../fixtures/corpus/round2-abusive.json';
import round3 from '../../fixtures/corpus/round3-abusive.json';
import round4 from '../../fixtures/corpus/round4-abusive.json';
import round5 from '../../fixtures/corpus/round5-abusive.json';
import round6 from '../../fixtures/corpus/round6-abusive.json';
import round7 from '../../fixtures/corpus/round7-abusive.json';
import round8 from '../../fixtures/corpus/round8-abusive.json';
import { type Category } from '../../../src/core/types';
import { type CorpusEntry, FORM_CATEGORIES, contentErrors, pct } from './measure';

/**
 * Per-category recall over every abusive corpus file that carries `expect`: of the messages that expect category C,
 * the share that get an *error* finding of category C (a block through another category does not count). Entries
 * without `expect` (the later additions to abusive.json) are skipped.
 *
 * Every category is asserted ≥ 90% on every round separately (abusive.json, holdout, round 2–8; round 7 and round 8
 * since their tunings on 2026-12-06) and pooled. The
 * earlier rounds had floors below 90% for threat, third_party, impersonation, false_consequence and privacy when this
 * test was written (2026-12-06, before round 6 was tuned); after the round-6 tuning every category of every round
 * reaches ≥ 94% (see tests/fixtures/corpus/README.md, "Tuning after round 6"), so the floors are gone. Never lower the
 * target to make a change pass.
 */
const ROUNDS: readonly { label: string; entries: CorpusEntry[] }[] = [
  { label: 'abusive', entries: abusive1 as CorpusEntry[] },
  { label: 'holdout', entries: holdout as CorpusEntry[] },
  { label: 'round2', entries: round2 as CorpusEntry[] },
  { label: 'round3', entries: round3 as CorpusEntry[] },
  { label: 'round4', entries: round4 as CorpusEntry[] },
  { label: 'round5', entries: round5 as CorpusEntry[] },
  { label: 'round6', entries: round6 as CorpusEntry[] },
  { label: 'round7', entries: round7 as CorpusEntry[] },
  { label: 'round8', entries: round8 as CorpusEntry[] },
];

const TARGET = 0.9;

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
  const tallies = ROUNDS.map((f) => tally(f.entries));
  const pooled = pool(tallies);
  const columns = [...ROUNDS.map((f, i) => ({ label: f.label, t: tallies[i] })), { label: 'all (pooled)', t: pooled }];
  const categories = [...new Set(columns.flatMap((col) => [...(col.t ?? new Map()).keys()]))].sort();

  it('prints the table and keeps each category of every round and of the pool at ≥ 90%', () => {
    const width = 22;
    const header = ['category'.padEnd(18), ...columns.map((col) => col.label.padEnd(width))].join(' ');
    const rows = categories.map((c) =>
      [c.padEnd(18), ...columns.map((col) => cell(col.t?.get(c)).padEnd(width))].join(' '),
    );
    console.log(`per-category recall (error finding of the expected category):\n${header}\n${rows.join('\n')}`);

    const below = columns.flatMap((col) =>
      [...(col.t ?? new Map<Category, Tally>())]
        .filter(([, t]) => t.hit / t.of < TARGET)
        .map(([c, t]) => `${col.label} ${c} ${cell(t)}`),
    );
    if (below.length > 0) console.log(`below ${TARGET * 100}%: ${below.join(', ')}`);

    for (const col of columns) {
      for (const [c, t] of col.t ?? new Map<Category, Tally>()) {
        expect(t.hit / t.of, `${col.label} ${c}: ${cell(t)}`).toBeGreaterThanOrEqual(TARGET);
      }
    }
  });
});
