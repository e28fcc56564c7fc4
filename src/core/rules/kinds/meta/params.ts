import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

/** `meta`: checks on the template's metadata (audience, send window, daily cap, opt-out, completeness). */
export const metaParams = z.strictObject({
  check: z.enum(['audience', 'send-window', 'daily-cap', 'opt-out', 'complete']),
  earliest: hhmm.optional(),
  latest: hhmm.optional(),
  warnAfter: hhmm.optional(),
  maxPerDay: z.number().int().min(1).optional(),
  patterns: z.array(z.string().min(1)).min(1).optional(),
});
export type MetaParams = z.infer<typeof metaParams>;
