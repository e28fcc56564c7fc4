import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/index';
import { HOSTILE_INPUTS } from './hostile';

describe('hostile input', () => {
  it.each(Object.entries(HOSTILE_INPUTS))('returns a report with a verdict for %s', (_label, source) => {
    const report = checkTemplate({ source });
    expect(['pass', 'warn', 'block']).toContain(report.verdict);
    expect(report.problems.filter((p) => p.code === 'internal')).toEqual([]);
  });
});
