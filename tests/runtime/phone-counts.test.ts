import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DailyCap } from '../../src/runtime/index';
import { PhoneCounts } from '../../src/runtime/dry-run/phone-counts';

/** What PhoneCounts must answer: a count per key, as a Map of strings keeps it. */
function modelAnswers(steps: readonly [string, number][]): boolean[] {
  const sent = new Map<string, number>();
  return steps.map(([phone, max]) => {
    const n = sent.get(phone) ?? 0;
    if (n >= max) return false;
    sent.set(phone, n + 1);
    return true;
  });
}

const phone = fc.oneof(
  fc.stringMatching(/^1[3-9]\d{9}$/),
  fc.constantFrom('13800001234', '013800001234', '0', '', '999999999999999', '9999999999999999', '+8613800001234'),
  fc.string({ maxLength: 4 }),
);

describe('PhoneCounts', () => {
  it('answers as a map of string keys would, for any phones and caps', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(phone, fc.integer({ min: 0, max: 3 })), { maxLength: 300 }), (steps) => {
        const counts = new PhoneCounts();
        expect(steps.map(([p, max]) => counts.addBelow(p, max))).toEqual(modelAnswers(steps));
      }),
    );
  });

  it('keeps every count once the table has grown many times', () => {
    const counts = new PhoneCounts();
    const phones = Array.from({ length: 20_000 }, (_, i) => String(13_900_000_000 + i * 7919));
    expect(phones.every((p) => counts.addBelow(p, 2))).toBe(true);
    expect(phones.every((p) => counts.addBelow(p, 2))).toBe(true);
    expect(phones.some((p) => counts.addBelow(p, 2))).toBe(false);
  });

  it('tells a number with a leading zero from the same digits without it', () => {
    const counts = new PhoneCounts();
    expect([counts.addBelow('13800001234', 1), counts.addBelow('013800001234', 1)]).toEqual([true, true]);
    expect(counts.addBelow('13800001234', 1)).toBe(false);
  });
});

describe('DailyCap', () => {
  it('counts each day apart', () => {
    const caps = new DailyCap();
    const taken = [
      caps.take('13800001234', '2026-12-02', 1),
      caps.take('13800001234', '2026-12-03', 1),
      caps.take('13800001234', '2026-12-02', 1),
    ];
    expect(taken).toEqual([true, true, false]);
  });
});
