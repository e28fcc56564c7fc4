import { describe, expect, it } from 'vitest';
import { zhData } from '../../src/ui/i18n/messages-data';
import { enData } from '../../src/ui/i18n/en/data';
import { zh } from '../../src/ui/i18n/messages';
import { en } from '../../src/ui/i18n/en/messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('backup and samples messages', () => {
  it('has every message in both languages, none empty', () => {
    expect(Object.keys(enData).sort()).toEqual(Object.keys(zhData).sort());
    expect(Object.values(enData).every((v) => v.length > 0)).toBe(true);
  });

  it.each(Object.keys(zhData) as (keyof typeof zhData)[])('uses the same placeholders in zh and en for %s', (key) => {
    expect(placeholders(enData[key])).toEqual(placeholders(zhData[key]));
  });

  it('reaches the app message tables without shadowing another key', () => {
    for (const key of Object.keys(zhData) as (keyof typeof zhData)[]) {
      expect(zh[key]).toBe(zhData[key]);
      expect(en[key]).toBe(enData[key]);
    }
  });
});
