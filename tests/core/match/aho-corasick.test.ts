import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMatcher, type Match } from '../../../src/core/match/aho-corasick';

function found(patterns: string[], text: string): [string, number, number][] {
  return buildMatcher(patterns)
    .findAll(text)
    .map((m) => [text.slice(m.start, m.end), m.start, m.pattern]);
}

function naive(patterns: readonly string[], text: string): Match[] {
  const out: Match[] = [];
  patterns.forEach((p, pattern) => {
    if (p.length === 0) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      out.push({ start: at, end: at + p.length, pattern });
    }
  });
  return out.sort((x, y) => x.start - y.start || y.end - x.end || x.pattern - y.pattern);
}

describe('buildMatcher', () => {
  it('reports overlapping terms', () => {
    expect(found(['上门', '门催收', '催收'], '我们将上门催收')).toEqual([
      ['上门', 3, 0],
      ['门催收', 4, 1],
      ['催收', 5, 2],
    ]);
  });

  it('reports a term that is a suffix of another, longer first at the same start', () => {
    expect(found(['法院传票', '传票', '法院'], '收到法院传票')).toEqual([
      ['法院传票', 2, 0],
      ['法院', 2, 2],
      ['传票', 4, 1],
    ]);
  });

  it('reports repeated and self-overlapping occurrences', () => {
    expect(found(['aa'], 'aaaa').map((m) => m[1])).toEqual([0, 1, 2]);
  });

  it('reports nothing for empty input', () => {
    expect(buildMatcher(['老赖']).findAll('')).toEqual([]);
  });

  it('reports nothing when there are no patterns or only empty ones', () => {
    expect(buildMatcher([]).findAll('abc')).toEqual([]);
    expect(buildMatcher(['']).findAll('abc')).toEqual([]);
  });

  it('reports each index of a duplicated pattern', () => {
    expect(found(['老赖', '老赖'], '老赖')).toEqual([
      ['老赖', 0, 0],
      ['老赖', 0, 1],
    ]);
  });

  it('matches astral characters by code units', () => {
    expect(found(['😀坐'], 'a😀坐')).toEqual([['😀坐', 1, 0]]);
  });

  it('follows failure links after a partial match', () => {
    expect(found(['abcd', 'bce'], 'abce')).toEqual([['bce', 1, 1]]);
  });

  it('agrees with a naive indexOf loop', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '老', '赖', '😀');
    const word = fc.array(alphabet, { maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(alphabet, { maxLength: 40 }), (patterns, chars) => {
        const text = chars.join('');
        expect(buildMatcher(patterns).findAll(text)).toEqual(naive(patterns, text));
      }),
      { numRuns: 1000 },
    );
  });
});
