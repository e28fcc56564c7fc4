import { describe, expect, it } from 'vitest';
import { buildFactorScan } from '../../../src/core/match/factor-scan';

const marked = (literals: string[], owners: number[][], slots: number, text: string): number[] => {
  const into = new Array<number>(1 + ((slots + 31) >>> 5)).fill(0);
  buildFactorScan(literals, owners).mark(text, into);
  return Array.from({ length: slots }, (_, s) => s).filter((s) => ((into[1 + (s >>> 5)]! >>> (s & 31)) & 1) === 1);
};

const naive = (literals: string[], owners: number[][], text: string): number[] => {
  const hit = new Set<number>();
  literals.forEach((lit, i) => {
    if (lit.length > 0 && text.includes(lit)) for (const s of owners[i] ?? []) hit.add(s);
  });
  return [...hit].sort((a, b) => a - b);
};

describe('buildFactorScan', () => {
  it('marks the slots of literals ending inside others (suffix outputs) and of overlapping ones', () => {
    const literals = ['逾期', '期', '已逾期天', '天数', 'abc', 'bcd', 'c'];
    const owners = [[0], [1, 2], [3], [4], [5], [6, 0], [40]];
    expect(marked(literals, owners, 41, '您已逾期天数')).toEqual([0, 1, 2, 3, 4]);
    expect(marked(literals, owners, 41, 'xabcd')).toEqual([0, 5, 6, 40]);
    expect(marked(literals, owners, 41, '无关')).toEqual([]);
  });

  it('agrees with a substring search on random literals and texts', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const alphabet = 'ab逾期天😀';
    const word = (max: number): string =>
      Array.from({ length: 1 + rand(max) }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 40; round++) {
      const literals = Array.from({ length: 1 + rand(30) }, () => word(5));
      literals.push('');
      const slots = 1 + rand(70);
      const owners = literals.map(() => Array.from({ length: rand(3) }, () => rand(slots)));
      const scan = buildFactorScan(literals, owners);
      for (let t = 0; t < 10; t++) {
        const text = word(40);
        const into = new Array<number>(1 + ((slots + 31) >>> 5)).fill(0);
        scan.mark(text, into);
        const got = Array.from({ length: slots }, (_, s) => s).filter(
          (s) => ((into[1 + (s >>> 5)]! >>> (s & 31)) & 1) === 1,
        );
        expect(got).toEqual(naive(literals, owners, text));
      }
    }
  });
});
