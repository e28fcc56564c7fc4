import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleJsonSchema } from '../../src/core/bundle/index';
import { smallBundle, asJson } from './fixture';

const FILE = resolve(__dirname, '../../src/core/bundle/dunning-bundle.schema.json');

describe('dunning-bundle.schema.json', () => {
  // Regenerate after changing bundleSchema: UPDATE_BUNDLE_SCHEMA=1 npx vitest run tests/bundle/json-schema.test.ts
  it('reports no difference between the committed file and the schema generated from bundleSchema', () => {
    const generated = `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_BUNDLE_SCHEMA === '1') writeFileSync(FILE, generated);
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });

  it('describes a created bundle: every top-level key is a property and unknown keys are refused', async () => {
    const schema = bundleJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    const bundle = asJson(await smallBundle());
    expect(Object.keys(bundle).every((k) => k in schema.properties)).toBe(true);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'templates', 'bundleHash']));
    expect(schema.required).not.toContain('signature');
    expect(schema.additionalProperties).toBe(false);
  });
});
