import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/core/rules/kinds/index';
import { KIND_NAMES } from '../../../src/core/rules/kinds/index';

const readme = readFileSync(new URL('../../../rules/README.md', import.meta.url), 'utf8');

describe('rules/README.md', () => {
  it.each(Object.keys(KINDS))('documents kind %s in the kinds table', (kind) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${kind}\` \\|`, 'm'));
  });

  it('registers every kind the schema accepts', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...KIND_NAMES].sort());
  });
});
