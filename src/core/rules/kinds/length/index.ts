import { z } from 'zod';
import { defineKind, type RawHit } from '../define-kind';
import { overChars } from './over-chars';

const limit = z.number().int().min(1).optional();

/** `length`: SMS segments and/or characters (code points) of each rendered sample. */
export const lengthParams = z
  .strictObject({ maxSegments: limit, maxChars: limit })
  .refine((p) => p.maxSegments !== undefined || p.maxChars !== undefined, {
    message: 'set maxSegments or maxChars',
  });
export type LengthParams = z.infer<typeof lengthParams>;

export const lengthKind = defineKind({
  name: 'length',
  target: 'output',
  params: lengthParams,
  run(ctx) {
    const p = ctx.params;
    const hits: RawHit[] = [];
    if (p.maxSegments !== undefined && ctx.segments > p.maxSegments) {
      hits.push({ vars: { value: String(ctx.segments), limit: String(p.maxSegments) } });
    }
    if (p.maxChars !== undefined) hits.push(...overChars(ctx.text.text, p.maxChars));
    return hits;
  },
});
