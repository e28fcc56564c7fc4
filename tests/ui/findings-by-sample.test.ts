import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../src/core/index';
import { findingsBySample } from '../../src/ui/preview/findings-by-sample';
import { SAMPLE, SAMPLE_2 } from '../core/rules/fixtures/sample';

describe('findingsBySample', () => {
  it('gives every sample its own range of a hit merged across samples', () => {
    const source = '{{ borrower.name }}你这个老赖';
    const longer = {
      ...SAMPLE_2,
      data: { ...SAMPLE_2.data, borrower: { ...SAMPLE_2.data.borrower, name: '欧阳娜娜' } },
    };
    const report = checkTemplate({ source }, { samples: [SAMPLE, longer] });
    const by = findingsBySample(report.findings);
    for (const s of report.samples) {
      const insult = by.get(s.sampleId)?.find((f) => f.category === 'insult');
      expect(insult && s.text.slice(insult.start, insult.end)).toBe('你这个老赖');
    }
    expect(report.samples.map((s) => s.text.indexOf('你这个老赖'))).toEqual([2, 4]);
  });
});
