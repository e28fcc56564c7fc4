import { createBundle, type Bundle, type BundleApproval, type BundleTemplateInput } from '../../src/core/bundle/index';
import { contentHash } from '../../src/core/review/content-hash';
import type { TemplateMeta } from '../../src/core/types';

export const HASH_A = 'a'.repeat(64);
export const HASH_B = 'b'.repeat(64);
/** far enough ahead that the fixture verifies at the current time (tests of expiry pass `now`) */
export const NOT_AFTER = '2100-01-01T00:00:00.000Z';
export const SEQUENCE = 7;

export function approval(over: Partial<BundleApproval> = {}): BundleApproval {
  return {
    reviewer: '王法务',
    approvedAt: '2024-05-01T10:00:00.000Z',
    note: '可以发送',
    reportSummary: { verdict: 'pass', score: 100, counts: { error: 0, warning: 0, info: 0 } },
    justifications: [],
    contentHash: 'c'.repeat(64),
    ...over,
  };
}

/** A template approved under HASH_A (ruleset) and HASH_B (samples). */
export async function template(
  id: string,
  source: string,
  over: Partial<TemplateMeta> = {},
): Promise<BundleTemplateInput> {
  const meta: TemplateMeta = { audience: 'debtor', ...over };
  const hash = await contentHash({ source, meta, rulesetHash: HASH_A, samplesHash: HASH_B });
  return { id, name: `模板 ${id}`, stage: 'D+1', meta, source, approval: approval({ contentHash: hash }) };
}

export async function smallBundle(): Promise<Bundle> {
  return createBundle({
    createdAt: '2024-05-02T08:00:00.000Z',
    notAfter: NOT_AFTER,
    sequence: SEQUENCE,
    generator: { name: 'dunning-studio', version: '0.1.0' },
    ruleset: { hash: HASH_A, ruleCount: 50 },
    samples: { hash: HASH_B },
    templates: await Promise.all([
      template('d-plus-1', '【钱站】{{ borrower.name }}您好，您的借款已逾期{{ loan.overdue_days }}天。'),
      template('d-minus-1', '【钱站】{{ borrower.name }}您好，您的借款明日到期。', {
        sendWindow: { start: '10:00', end: '18:00' },
        maxPerDay: 2,
      }),
    ]),
  });
}

/** A deep copy as the JSON file would carry it. */
export const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
