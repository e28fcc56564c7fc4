import { z } from 'zod';
import { bundleSchema } from './schema';

/** JSON Schema (draft 2020-12) of the v1 bundle, generated from `bundleSchema`; committed as dunning-bundle.schema.json. */
export function bundleJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(bundleSchema, { io: 'input' }), title: 'Dunning Studio bundle (v1)' };
}
