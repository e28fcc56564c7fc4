import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/hash/canonical-json';

describe('canonicalJson', () => {
  it.each([
    [
      'keys sorted by UTF-16 code unit, nested too',
      { b: 1, a: { z: [], y: {} }, é: 2, e: 3, '\u{1F600}': 4, ｚ: 5 },
      '{"a":{"y":{},"z":[]},"b":1,"e":3,"é":2,"😀":4,"ｚ":5}',
    ],
    [
      'undefined members dropped, undefined and null in arrays as null',
      { a: undefined, b: [undefined, null, [1, [2, []]]] },
      '{"b":[null,null,[1,[2,[]]]]}',
    ],
    ['a hole in an array as null, like JSON.stringify', [, 1], '[null,1]'], // eslint-disable-line no-sparse-arrays
    ['lone surrogates escaped, so two different ones never hash alike', ['\ud800', '\udc00'], '["\\ud800","\\udc00"]'],
    ['composed and decomposed forms kept apart', ['\u00e9', 'e\u0301'], '["\u00e9","e\u0301"]'],
    [
      'an own __proto__ key (as JSON.parse makes it) kept as data',
      JSON.parse('{"__proto__":{"x":1},"a":1}'),
      '{"__proto__":{"x":1},"a":1}',
    ],
    ['-0 as 0 (equal as data)', [-0, 0, 1e21, 5e-324], '[0,0,1e+21,5e-324]'],
  ])('serialises %s', (_label, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it.each([
    ['a Date', new Date(0)],
    ['a RegExp', /threat/u],
    ['a Map', new Map([['a', 1]])],
    ['a non-finite number', { a: Number.NaN }],
  ])('throws on %s instead of hashing it as something else', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(/canonicalJson/);
  });
});
