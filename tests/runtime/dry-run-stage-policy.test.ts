import { beforeAll, describe, expect, it } from 'vitest';
import { chooseTemplate, verifyBundle, type VerifiedBundle } from '../../src/runtime/index';
import type { StagePolicy } from '../../src/core/bundle/index';
import { lawfulTemplates, signedBundle, type Approved } from '../cli/dry-run-fixture';

const SOURCE = lawfulTemplates()
  .find((x) => x.id === 'd-plus-7-reminder')!
  .source.replace('的借款已逾期{{ loan.overdue_days }}天', '的借款');
const t = (id: string, stage: string, over: Partial<Approved['meta']> = {}): Approved => ({
  id,
  name: id,
  meta: { audience: 'debtor', stage, sendWindow: { start: '08:00', end: '22:00' }, maxPerDay: 1, ...over },
  source: SOURCE,
});

/** Every kind of stage: pre-due, due day, overdue days, a tie, named stages, and a D+60 for contacts only. */
const TEMPLATES = [
  t('contact-d7', 'D+7', { audience: 'contact' }),
  t('d-minus-3', 'D-3'),
  t('d-zero', 'D0'),
  t('d-plus-1', 'D+1'),
  t('d-plus-7', 'D+7'),
  t('d-plus-7-other', 'D+7'),
  t('hardship', 'hardship'),
  t('agency', 'agency'),
  t('d-plus-30', 'D+30'),
  t('contact-d60', 'D+60', { audience: 'contact' }),
];

async function load(stagePolicy?: StagePolicy): Promise<VerifiedBundle> {
  const file = await signedBundle(TEMPLATES, stagePolicy ? { stagePolicy } : {});
  const r = await verifyBundle(file.text, { trustedKeys: [file.publicJwk], now: new Date('2026-12-02T00:00:00Z') });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const bundles = {} as Record<'default' | StagePolicy, VerifiedBundle>;
beforeAll(async () => {
  bundles.default = await load();
  bundles['exact-day'] = await load('exact-day');
  bundles['latest-reached'] = await load('latest-reached');
});

// overdue days → [exact-day, latest-reached]
const TABLE: [number, string | undefined, string | undefined][] = [
  [-5, undefined, undefined], // before the first pre-due stage
  [-3, 'd-minus-3', 'd-minus-3'],
  [-2, undefined, 'd-minus-3'],
  [0, 'd-zero', 'd-zero'],
  [1, 'd-plus-1', 'd-plus-1'], // overdue: D0's "due today" text never carries over
  [2, undefined, 'd-plus-1'],
  [7, 'd-plus-7', 'd-plus-7'], // a tie: the first in the bundle's order
  [8, undefined, 'd-plus-7'], // the contacts' D+7 is never chosen (audience)
  [29, undefined, 'd-plus-7'],
  [30, 'd-plus-30', 'd-plus-30'],
  [60, undefined, 'd-plus-30'], // D+60 is for contacts only
  [400, undefined, 'd-plus-30'],
];

describe.each(['exact-day', 'latest-reached'] as const)('chooseTemplate under %s', (policy) => {
  const column = policy === 'exact-day' ? 1 : 2;
  it.each(TABLE.map((row) => ({ days: row[0], id: row[column] })))(
    'chooses $id for overdue_days $days',
    ({ days, id }) => {
      expect(chooseTemplate(bundles[policy], days)?.template.id).toBe(id);
    },
  );

  it('never chooses the named stages (hardship, agency) by day', () => {
    const chosen = new Set<string | undefined>();
    for (let days = -100; days <= 1000; days++) chosen.add(chooseTemplate(bundles[policy], days)?.template.id);
    expect(chosen.has('hardship')).toBe(false);
    expect(chosen.has('agency')).toBe(false);
    expect(chosen.has('contact-d7')).toBe(false);
  });

  it('gives the chosen template its own sending policy', () => {
    const choice = chooseTemplate(bundles[policy], 30);
    expect(choice?.policy.templateId).toBe('d-plus-30');
    expect(choice?.policy.stage).toBe('D+30');
  });
});

describe('a bundle that names no policy', () => {
  it('chooses exactly as exact-day', () => {
    for (const [days] of TABLE) {
      expect(chooseTemplate(bundles.default, days)?.template.id).toBe(
        chooseTemplate(bundles['exact-day'], days)?.template.id,
      );
    }
  });
});

describe('a bundle with only named stages', () => {
  it('chooses nothing under either policy', async () => {
    for (const stagePolicy of ['exact-day', 'latest-reached'] as const) {
      const file = await signedBundle([t('hardship', 'hardship'), t('agency', 'agency')], { stagePolicy });
      const r = await verifyBundle(file.text, { trustedKeys: [file.publicJwk], now: new Date('2026-12-02T00:00:00Z') });
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      for (const days of [-3, 0, 1, 7, 90]) expect(chooseTemplate(r.value, days)).toBeUndefined();
    }
  });
});
