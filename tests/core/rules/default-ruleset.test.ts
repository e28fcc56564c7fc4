import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '../../../src/core/rules/defaults';

describe('defaultRuleset', () => {
  it('loads every file in rules/ without problems', () => {
    const ruleset = defaultRuleset();
    const problems = ruleset.problems.map((p) => `${p.code} ${p.message}`);
    expect(problems).toEqual([]);
  });

  it('returns the same cached ruleset on every call', () => {
    expect(defaultRuleset()).toBe(defaultRuleset());
  });
});
