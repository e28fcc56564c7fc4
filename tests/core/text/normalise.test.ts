import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise, toOriginalRange } from '../../../src/core/text/normalise';
import { normaliseReference } from './normalise-reference';

/** Finds `needle` in the normalised text and returns the original slice it maps back to. */
function originalOf(original: string, needle: string): string | undefined {
  const n = normalise(original);
  const at = n.text.indexOf(needle);
  if (at < 0) return undefined;
  const { start, end } = toOriginalRange(n, at, at + needle.length);
  return original.slice(start, end);
}

describe('normalise', () => {
  it.each([
    ['坐 牢', '坐牢'],
    ['老*赖', '老赖'],
    ['律\u200b师函', '律师函'],
    ['法-院', '法院'],
    ['上  门', '上门'],
    ['上\u3000门', '上门'],
    ['老·赖', '老赖'],
    ['老_赖', '老赖'],
    ['老|赖', '老赖'],
    ['老/赖', '老赖'],
    ['老\\赖', '老赖'],
    ['老~赖', '老赖'],
    ['老.赖', '老赖'],
    ['老 * - 赖', '老赖'],
    ['老\u00ad赖', '老赖'],
    ['老\u2060赖', '老赖'],
    ['老\ufeff赖', '老赖'],
    ['老😀赖', '老赖'],
    ['老\n赖', '老赖'],
  ])('removes noise between CJK characters in %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it.each([
    ['老<b>赖', '老赖'],
    ['老</i>赖', '老赖'],
    ['老<br/>赖', '老赖'],
    ['老<br />赖', '老赖'],
    ['老<B>赖', '老赖'],
    ['老＜ｂ＞赖', '老赖'],
    ['老<font color="red">赖', '老赖'],
    ['老<b></b>赖', '老赖'],
    ['坐\u001b[0m牢', '坐牢'],
    ['坐\u001b[1;31m牢', '坐牢'],
    ['坐\u001b]8;;https://x\u0007牢', '坐牢'],
    ['坐\u009b31m牢', '坐牢'],
    ['坐\u001b(B牢', '坐牢'],
    ['尾号<b>1234', '尾号1234'],
  ])('folds markup and control sequences between CJK characters in %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it.each([
    ['a<b>c', 'a<b>c'],
    ['<b>老赖</b>', '<b>老赖</b>'],
    ['x <a  href=y> z', 'x <a href=y> z'],
    ['a\u001b[31mb', 'ab'],
    ['1 < 2 > 0', '1 < 2 > 0'],
    ['老<b 赖>', '老<b 赖>'],
    ['老<b>x赖', '老<b>x赖'],
  ])('keeps tags outside CJK runs and what is not a tag in %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it.each([
    ['後果自負', '后果自负'],
    ['法院傳票', '法院传票'],
    ['律師函', '律师函'],
    ['強制執行', '强制执行'],
    ['律 師 函', '律师函'],
    ['臺灣', '台湾'],
  ])('converts traditional characters one by one in %j', (input, expected) => {
    const n = normalise(input);
    expect(n.text).toBe(expected);
    expect(n.map).toHaveLength(expected.length + 1);
  });

  it.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['ABC', 'abc'],
    ['，', ','],
    ['逾期３天', '逾期3天'],
    ['⑴', '(1)'],
  ])('applies NFKC and ASCII lower case to %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it.each([
    ['尾号 1234', '尾号1234'],
    ['1234 尾号', '1234尾号'],
    ['6222 0212 3456', '6222 0212 3456'],
    ['a  \t b', 'a b'],
    ['¥1,234.56', '¥1,234.56'],
    ['hello\u200bworld', 'helloworld'],
    ['call 95555 now', 'call 95555 now'],
    ['尾号 abc', '尾号 abc'],
    ['后果自负！', '后果自负!'],
    ['【钱站】', '【钱站】'],
  ])('keeps digit and ASCII boundaries readable in %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('keeps simplified characters that only have variant mappings', () => {
    expect(normalise('什么').text).toBe('什么');
  });

  it('composes a base letter with a following combining mark', () => {
    const n = normalise('cafe\u0301!');
    expect(n.text).toBe('café!');
    expect(toOriginalRange(n, 3, 4)).toEqual({ start: 3, end: 5 });
  });

  it.each([
    ['请注意：坐 牢', '坐牢', '坐 牢'],
    ['你这个老*赖！', '老赖', '老*赖'],
    ['收到律\u200b师函了吗', '律师函', '律\u200b师函'],
    ['後果自負', '后果自负', '後果自負'],
    ['（法—院）', '法院', '法—院'],
    ['ＸＹ老　赖', '老赖', '老　赖'],
    ['😀坐😀牢😀', '坐牢', '坐😀牢'],
    ['你这个老<b>赖</b>！', '老赖', '老<b>赖'],
    ['要你坐\u001b[31m牢\u001b[0m', '坐牢', '坐\u001b[31m牢'],
    ['<i>律</i>师<br/>函', '律师函', '律</i>师<br/>函'],
  ])('maps a match in %j back to exactly the original characters', (original, needle, expected) => {
    expect(originalOf(original, needle)).toBe(expected);
  });

  it.each([
    ['你就是条🐶，借了不还', '你就是条狗借了不还', '狗', '🐶'],
    ['明天去你🏠️坐坐', '明天去你家坐坐', '家', '🏠️'],
    ['小心点☠️', '小心点死', '死', '☠️'],
    ['再拖就让你见⚰️', '再拖就让你见棺材', '棺材', '⚰️'],
  ])(
    'reads an emoji that stands for a word as that word in %j, mapped back to the emoji',
    (input, text, word, emoji) => {
      expect(normalise(input).text).toBe(text);
      expect(originalOf(input, word)).toBe(emoji);
    },
  );

  it('keeps decorative emoji as punctuation', () => {
    expect(normalise('请按时还款😊谢谢👍').text).toBe('请按时还款谢谢👍');
  });

  it('maps an astral character to both of its UTF-16 units', () => {
    const n = normalise('a𠀀b');
    expect(n.text).toBe('a𠀀b');
    expect(toOriginalRange(n, 1, 3)).toEqual({ start: 1, end: 3 });
  });

  it('returns an empty text with only the sentinel for empty input', () => {
    expect(normalise('')).toEqual({ text: '', map: [0], ends: [] });
  });

  it('maps an empty range to an empty original range', () => {
    const n = normalise('老 赖');
    expect(toOriginalRange(n, 1, 1)).toEqual({ start: 2, end: 2 });
  });
});

const PIECES = [
  '坐',
  '牢',
  '老',
  '赖',
  '後',
  '果',
  '負',
  '師',
  '傳',
  '法',
  '院',
  '什',
  '么',
  'a',
  'B',
  'x',
  '1',
  '9',
  '０',
  '１',
  'Ｚ',
  'ａ',
  ' ',
  '  ',
  '\u3000',
  '\t',
  '\n',
  '*',
  '-',
  '_',
  '.',
  '·',
  '|',
  '/',
  '\\',
  '~',
  '，',
  '。',
  '！',
  '（',
  '）',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '😀',
  '𠀀',
  '\u0301',
  'e\u0301',
  '⑴',
  '㈱',
  '…',
  '¥',
  '<b>',
  '</i>',
  '<br/>',
  '<B >',
  '＜ｂ＞',
  '<',
  '>',
  '/',
  '\u001b[0m',
  '\u001b[31m',
  '\u001b',
  '[',
  'm',
];

describe('normalise (properties)', () => {
  it('maps every normalised range back to a non-empty original slice that normalises to a superset', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (original, a, b) => {
        const n = normalise(original);
        expect(n.map).toHaveLength(n.text.length + 1);
        expect(n.map[n.text.length]).toBe(original.length);
        if (n.text.length === 0) return;
        const s = a % n.text.length;
        const e = s + 1 + (b % (n.text.length - s));
        const r = toOriginalRange(n, s, e);
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(original.length);
        expect(r.end).toBeGreaterThan(r.start);
        expect(normalise(original.slice(r.start, r.end)).text).toContain(n.text.slice(s, e));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the map non-decreasing', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (original) => {
        const { map } = normalise(original);
        for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
      }),
    );
  });

  it('is idempotent', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));
    // a zero-width character or a control sequence between a base and its combining mark once left a pair that
    // composed on the next pass
    for (const tricky of ['a\u200c\u0301', 'e\u200b\u0301x', '坐\u200d\u0301牢', '\uff41\u001b[0m\u0301']) {
      const once = normalise(tricky).text;
      expect(normalise(once).text).toBe(once);
    }
    fc.assert(
      fc.property(text, (original) => {
        const once = normalise(original).text;
        expect(normalise(once).text).toBe(once);
      }),
    );
  });
});

describe('normalise fast path', () => {
  const mixed = fc
    .array(
      fc.oneof(
        fc.constantFrom(...PIECES, '\ud800', '\udc00', '\u0308', '\u3099', '\u0301\u0301', '\ufe0f', '<b\u0301>'),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      { maxLength: 40 },
    )
    .map((a) => a.join(''));

  it('returns the same text, map and ends as the reference normaliser when given any text', () => {
    fc.assert(
      fc.property(mixed, (original) => {
        expect(normalise(original)).toEqual(normaliseReference(original));
      }),
      { numRuns: 5000 },
    );
  });
});
