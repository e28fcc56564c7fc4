import { z } from 'zod';
import { defineKind } from '../define-kind';
import { overChars } from '../length/over-chars';

/** `source-length`: characters (code points) of the template source itself. */
export const sourceLengthParams = z.strictObject({ maxChars: z.number().int().min(1) });
export type SourceLengthParams = z.infer<typeof sourceLengthParams>;

export const sourceLengthKind = defineKind({
  name: 'source-length',
  target: 'source',
  params: sourceLengthParams,
  run: (ctx) => overChars(ctx.source, ctx.params.maxChars),
});
