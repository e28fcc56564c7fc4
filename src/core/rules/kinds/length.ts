import { z } from 'zod';
import type { KindDef, LintIssue, RawHit } from './kind';

const limit = z.number().int().min(1).optional();

/** `length`: SMS segments / characters per rendered sample, or characters of the source (target source). */
export const lengthParams = z
  .strictObject({ maxSegments: limit, maxChars: limit, maxSourceChars: limit })
  .refine((p) => p.maxSegments !== undefined || p.maxChars !== undefined || p.maxSourceChars !== undefined, {
    message: 'set maxSegments, maxChars or maxSourceChars',
  });
export type LengthParams = z.infer<typeof lengthParams>;

function compile(p: LengthParams, target: string): { compiled: undefined; issues: LintIssue[] } {
  const issues: LintIssue[] = [];
  const bad = (key: string, why: string): void => {
    issues.push({ code: 'rule/bad-target', message: why, path: ['params', key], fatal: true });
  };
  if (target === 'source' && (p.maxSegments !== undefined || p.maxChars !== undefined)) {
    bad(p.maxSegments !== undefined ? 'maxSegments' : 'maxChars', 'maxSegments/maxChars need target “output”');
  }
  if (target === 'output' && p.maxSourceChars !== undefined)
    bad('maxSourceChars', 'maxSourceChars needs target “source”');
  return { compiled: undefined, issues };
}

/** A hit from the first character past `max` (counted in code points) to the end. */
function overChars(text: string, max: number): RawHit[] {
  if (text.length <= max) return [];
  const chars = [...text];
  if (chars.length <= max) return [];
  const start = chars.slice(0, max).join('').length;
  return [{ start, end: text.length, vars: { value: String(chars.length), limit: String(max) } }];
}

export const lengthKind: KindDef<LengthParams, undefined> = {
  name: 'length',
  params: lengthParams,
  targets: ['output', 'source'],
  compile,
  run(ctx) {
    const p = ctx.params;
    if (ctx.phase === 'source') return p.maxSourceChars === undefined ? [] : overChars(ctx.source, p.maxSourceChars);
    if (ctx.phase !== 'output') return [];
    const hits: RawHit[] = [];
    if (p.maxSegments !== undefined && ctx.segments > p.maxSegments) {
      hits.push({ vars: { value: String(ctx.segments), limit: String(p.maxSegments) } });
    }
    if (p.maxChars !== undefined) hits.push(...overChars(ctx.text.text, p.maxChars));
    return hits;
  },
};
