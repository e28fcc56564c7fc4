import { describe, expect, it } from 'vitest';
import notifyJson from '../../../rules/no-threat-to-notify-others.json';
import threatJson from '../../../rules/no-threat-of-telling-others.json';

/**
 * Announcing that the debtor's family, employer or contacts will be (or were) told is both a disclosure
 * (`no-threat-to-notify-others`, third_party) and a threat (`no-threat-of-telling-others`, threat): issue 12 asks for
 * a `threat` finding even when the same sentence is already blocked as third_party. The threat rule therefore carries
 * every pattern of the disclosure rule; this test keeps the copy in step when the disclosure rule is edited.
 */
describe('no-threat-of-telling-others mirrors no-threat-to-notify-others as a threat', () => {
  it('has every pattern of the disclosure rule, in the threat category', () => {
    const threatPatterns = new Set(threatJson.params.patterns);
    const missing = notifyJson.params.patterns.filter((p) => !threatPatterns.has(p));
    expect(missing).toEqual([]);
    expect(threatJson.category).toBe('threat');
    expect(notifyJson.category).toBe('third_party');
  });
});
