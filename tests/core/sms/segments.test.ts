import { describe, expect, it } from 'vitest';
import { smsSegments } from '../../../src/core/sms/segments';

const a = (n: number) => 'a'.repeat(n);
const zh = (n: number) => '中'.repeat(n);

describe('smsSegments', () => {
  it.each([
    ['empty text', '', 'GSM-7', 0, 1, 160],
    ['160 GSM characters', a(160), 'GSM-7', 160, 1, 160],
    ['161 GSM characters', a(161), 'GSM-7', 161, 2, 153],
    ['306 GSM characters', a(306), 'GSM-7', 306, 2, 153],
    ['307 GSM characters', a(307), 'GSM-7', 307, 3, 153],
    ['the GSM specials @£$¥ and newline', '@£$¥\nÄö§¿_Δ', 'GSM-7', 11, 1, 160],
    ['extension characters costing 2 septets', '{}[]~^|\\€\f', 'GSM-7', 20, 1, 160],
    ['159 characters plus one extension character', a(159) + '€', 'GSM-7', 161, 2, 153],
    ['an extension character straddling the 153 boundary', a(152) + '€' + a(152), 'GSM-7', 306, 3, 153],
    ['an extension character just inside the 153 boundary', a(151) + '€' + a(153), 'GSM-7', 306, 2, 153],
    ['70 Chinese characters', zh(70), 'UCS-2', 70, 1, 70],
    ['71 Chinese characters', zh(71), 'UCS-2', 71, 2, 67],
    ['134 Chinese characters', zh(134), 'UCS-2', 134, 2, 67],
    ['135 Chinese characters', zh(135), 'UCS-2', 135, 3, 67],
    ['an emoji counted as two units', zh(68) + '😀', 'UCS-2', 70, 1, 70],
    ['an emoji straddling the 67 boundary', zh(66) + '😀' + zh(66), 'UCS-2', 134, 3, 67],
    ['an emoji just inside the 67 boundary', zh(65) + '😀' + zh(67), 'UCS-2', 134, 2, 67],
    ['one full-width comma switching GSM to UCS-2', a(100) + '，', 'UCS-2', 101, 2, 67],
    ['a lower-case c cedilla outside the GSM alphabet', 'ç', 'UCS-2', 1, 1, 70],
    ['a lone surrogate counted as one unit', '\ud83d' + zh(2), 'UCS-2', 3, 1, 70],
  ] as const)('reports %s', (_, text, encoding, units, segments, unitsPerSegment) => {
    expect(smsSegments(text)).toEqual({ encoding, units, segments, unitsPerSegment });
  });
});
