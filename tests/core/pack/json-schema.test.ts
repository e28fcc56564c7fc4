import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../../src/core/index';

const FILE = resolve(__dirname, '../../../src/core/pack/dunning-pack.schema.json');

describe('dunning-pack.schema.json', () => {
  // Regenerate after changing rulePackSchema: UPDATE_PACK_SCHEMA=1 npx vitest run tests/core/pack/json-schema.test.ts
  it('reports no difference between the committed file and the schema generated from rulePackSchema', () => {
    const generated = `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_PACK_SCHEMA === '1') writeFileSync(FILE, generated);
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });

  it('keeps the shared top-level field names and refuses unknown keys', () => {
    const schema = packJsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean };
    for (const key of ['packVersion', 'name', 'revision', 'overrides', 'terms', 'elements', 'params']) {
      expect(schema.properties).toHaveProperty(key);
    }
    expect(schema.additionalProperties).toBe(false);
  });
});
