import { z } from 'zod';
import { compileRegexes, type CompiledRegex } from '../regexes';
import type { KindDef, LintIssue, RawHit } from './kind';
import { audience, complete, dailyCap, optOut, sendWindow } from './meta-checks';

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

const NEEDS: Partial<Record<MetaParams['check'], (keyof MetaParams)[]>> = {
  'send-window': ['earliest', 'latest', 'warnAfter'],
  'daily-cap': ['maxPerDay'],
  'opt-out': ['patterns'],
};

function compile(p: MetaParams): { compiled: CompiledRegex[]; issues: LintIssue[] } {
  const r = compileRegexes(p.patterns, ['params', 'patterns']);
  const issues = [...r.issues];
  const needs = NEEDS[p.check];
  if (needs && !needs.some((k) => p[k] !== undefined)) {
    issues.push({
      code: 'rule/invalid',
      message: `check “${p.check}” needs ${needs.join(' or ')}`,
      path: ['params'],
      fatal: true,
    });
  }
  return { compiled: r.regexes, issues };
}

const CHECKS = { audience, 'send-window': sendWindow, 'daily-cap': dailyCap, 'opt-out': optOut, complete } as const;

export const metaKind: KindDef<MetaParams, CompiledRegex[]> = {
  name: 'meta',
  params: metaParams,
  targets: ['meta'],
  compile,
  run(ctx): RawHit[] {
    if (ctx.phase !== 'meta') return [];
    return CHECKS[ctx.params.check](ctx);
  },
};
