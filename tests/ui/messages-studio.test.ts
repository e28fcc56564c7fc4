import { describe, expect, it } from 'vitest';
import { zh } from '../../src/ui/i18n/messages';
import { en } from '../../src/ui/i18n/en/messages';
import { zhReport } from '../../src/ui/i18n/messages-report';
import { enReport } from '../../src/ui/i18n/en/report';
import { zhStudio } from '../../src/ui/i18n/messages-studio';
import { enStudio } from '../../src/ui/i18n/en/studio';
import { FAULT_REASONS } from '../../src/ui/samples/sample-faults';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const TABLES = [
  ['samples, preview and meta', zhStudio, enStudio],
  ['report', zhReport, enReport],
] as const;

describe.each(TABLES)('%s messages', (_name, zhTable, enTable) => {
  const keys = Object.keys(zhTable) as (keyof typeof zhTable)[];

  it('has every message in both languages, none empty', () => {
    expect(Object.keys(enTable).sort()).toEqual([...keys].sort());
    expect(Object.values(enTable).every((v) => v.length > 0)).toBe(true);
  });

  it.each(keys)('uses the same placeholders in zh and en for %s', (key) => {
    expect(placeholders(enTable[key])).toEqual(placeholders(zhTable[key]));
  });

  it('reaches the app message tables without shadowing another key', () => {
    for (const key of keys) {
      expect(zh[key]).toBe(zhTable[key]);
      expect(en[key]).toBe(enTable[key]);
    }
  });
});

describe('sample fault messages', () => {
  it('has a message for every reason a sample is refused', () => {
    for (const reason of FAULT_REASONS) expect(zh).toHaveProperty(`sampleFault.${reason}`);
  });
});
