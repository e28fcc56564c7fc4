import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '../../../src/core/index';
import notifyJson from '../../../rules/no-threat-to-notify-others.json';
import threatJson from '../../../rules/no-threat-of-telling-others.json';

/**
 * Announcing that the debtor's family, employer or contacts will be (or were) told is both a disclosure
 * (`no-threat-to-notify-others`, third_party) and a threat (`no-threat-of-telling-others`, threat): issue 12 asks for
 * a `threat` finding even when the same sentence is already blocked as third_party. Both rules name the list fragment
 * `rules/fragments/notify-others.json` instead of one copying the other's patterns.
 */
describe('no-threat-of-telling-others mirrors no-threat-to-notify-others as a threat', () => {
  const rule = (id: string) => defaultRuleset().rules.find((r) => r.id === id);
  const patterns = (id: string) => (rule(id)?.params as { patterns: string[] }).patterns;

  it('both rule files name the shared patterns, neither copies them', () => {
    expect(notifyJson.params.patterns).toEqual(['{{notify-others}}']);
    expect(threatJson.params.patterns[0]).toBe('{{notify-others}}');
    expect(threatJson.params.patterns.slice(1)).not.toContain('{{notify-others}}');
  });

  it('the loaded threat rule has every pattern of the disclosure rule, in the threat category', () => {
    expect(patterns('no-threat-to-notify-others').length).toBeGreaterThan(1);
    expect(patterns('no-threat-of-telling-others').slice(0, patterns('no-threat-to-notify-others').length)).toEqual(
      patterns('no-threat-to-notify-others'),
    );
    expect(rule('no-threat-of-telling-others')?.category).toBe('threat');
    expect(rule('no-threat-to-notify-others')?.category).toBe('third_party');
  });
});
