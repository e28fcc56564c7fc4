import { describe, expect, it } from 'vitest';
import { bundleRules, defaultRuleset, type Ruleset } from '../../../src/core/index';

const RULE_FILES = import.meta.glob('../../../rules/*.json', { eager: true, import: 'default' });
const FRAGMENT_FILES = import.meta.glob('../../../rules/fragments/*.json', { eager: true, import: 'default' });
const nameOf = (path: string) =>
  path
    .split('/')
    .at(-1)!
    .replace(/\.json$/, '');
const REGEX_LISTS = ['patterns', 'if', 'require'];

/** Every regex a loaded rule runs (the lists a kind marks as regex lists; the repo's rules use these names). */
const regexesOf = (ruleset: Ruleset) =>
  ruleset.rules.flatMap((r) =>
    REGEX_LISTS.flatMap((key) => (r.params as Record<string, unknown> | undefined)?.[key] ?? []),
  ) as string[];

describe('the repo’s fragments (rules/fragments/)', () => {
  it('are each used by a rule or by another fragment', () => {
    const text = JSON.stringify([...Object.values(RULE_FILES), ...Object.values(FRAGMENT_FILES)]);
    const unused = Object.keys(FRAGMENT_FILES)
      .map(nameOf)
      .filter((name) => !text.includes(`{{${name}}}`));
    expect(Object.keys(FRAGMENT_FILES).length).toBeGreaterThan(0);
    expect(unused).toEqual([]);
  });

  it('leave no reference in a loaded rule, and the ruleset carries them resolved for packs', () => {
    const ruleset = defaultRuleset();
    expect(ruleset.problems).toEqual([]);
    expect(regexesOf(ruleset).filter((source) => source.includes('{{'))).toEqual([]);
    expect(Object.keys(ruleset.fragments ?? {}).sort()).toEqual(Object.keys(FRAGMENT_FILES).map(nameOf).sort());
  });

  it('are expanded in what a build bundles, so its runtime reads no fragment file', () => {
    const files = Object.fromEntries(
      [...Object.entries(RULE_FILES), ...Object.entries(FRAGMENT_FILES)].map(([k, v]) => [
        k.replace(/^(?:\.\.\/)+/, ''),
        v,
      ]),
    );
    const bundled = JSON.parse(JSON.stringify(bundleRules(files).ruleset)) as Ruleset;
    expect(bundled.rules.map(({ file: _f, ...r }) => r)).toEqual(defaultRuleset().rules.map(({ file: _f, ...r }) => r));
    expect(regexesOf(bundled).some((source) => source.includes('{{'))).toBe(false);
    expect(bundled.fragments).toEqual(defaultRuleset().fragments);
  });
});
