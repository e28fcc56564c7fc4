import { describe, expect, it } from 'vitest';
import { defaultSamples } from '../../src/core/index';
import { parseStage, sampleStage, templateStage } from '../../src/core/samples/stage';
import { previewSamples } from '../../src/ui/preview/preview-samples';

describe('parseStage', () => {
  it.each([
    ['D+7', 'D+7'],
    ['d+7', 'D+7'],
    ['D＋7', 'D+7'],
    [' D + 07 ', 'D+7'],
    ['D-3', 'D-3'],
    ['D0', 'D0'],
    ['D+0', 'D0'],
    ['D-0', 'D0'],
    ['hardship', 'hardship'],
    ['还款困难', 'hardship'],
    ['委托催收', 'agency'],
    ['D+10000', undefined],
    ['D7', undefined],
    ['7', undefined],
    ['', undefined],
    ['逾期', undefined],
  ])('reads %j as %j', (text, stage) => {
    expect(parseStage(text)).toBe(stage);
  });
});

describe('stages of templates and samples', () => {
  it.each([
    ['D-3', 'pre-due'],
    ['D0', 'pre-due'],
    ['D+1', 'overdue'],
    ['D+90', 'overdue'],
    ['hardship', 'overdue'],
    ['agency', 'overdue'],
    ['', undefined],
    [undefined, undefined],
    ['custom', undefined],
  ] as const)('reads the template stage %j as %j', (stage, kind) => {
    expect(templateStage(stage)).toBe(kind);
  });

  it.each([
    [-1, 'pre-due'],
    [0, 'pre-due'],
    [1, 'overdue'],
    [1500, 'overdue'],
  ] as const)('reads a sample %i days overdue as %s', (days, kind) => {
    expect(sampleStage(days)).toBe(kind);
  });
});

describe('previewSamples', () => {
  const samples = defaultSamples();
  const fits = (stage: string | undefined, showAll = false, keep?: string) =>
    Object.fromEntries(previewSamples(samples, stage, showAll, keep).entries.map((e) => [e.sample.id, e.fit]));

  it('shows an overdue template the overdue samples and the due-today edge case, and counts the hidden', () => {
    const selection = previewSamples(samples, 'D+7');
    expect(selection.kind).toBe('overdue');
    expect(selection.hidden).toBe(1);
    expect(fits('D+7')['sima-jingjing']).toBeUndefined();
    expect(fits('D+7')['liu-zhang-zixuan']).toBe('edge');
    expect(fits('D+7')['zhou-zimo-gender-unknown']).toBe('match');
  });

  it('shows a pre-due template the pre-due samples and the first overdue day as edge cases', () => {
    const selection = previewSamples(samples, 'D-1');
    expect(selection.entries.filter((e) => e.fit === 'match').map((e) => e.sample.id)).toEqual([
      'liu-zhang-zixuan',
      'sima-jingjing',
    ]);
    expect(selection.entries.filter((e) => e.fit === 'edge').map((e) => e.sample.id)).toEqual([
      'li-na-card-16',
      'ouyang-xiaoming',
    ]);
    expect(selection.hidden).toBe(samples.length - 4);
  });

  it('shows every sample, marked, when asked to, and keeps the sample of a shown hit', () => {
    expect(previewSamples(samples, 'D-1', true).entries).toHaveLength(samples.length);
    expect(fits('D-1', true)['zhou-zimo-gender-unknown']).toBe('other');
    expect(fits('D-1', false, 'zhou-zimo-gender-unknown')['zhou-zimo-gender-unknown']).toBe('other');
  });

  it('shows every sample as matching when the template has no stage', () => {
    const selection = previewSamples(samples, undefined);
    expect(selection.hidden).toBe(0);
    expect(selection.entries.every((e) => e.fit === 'match')).toBe(true);
  });
});
