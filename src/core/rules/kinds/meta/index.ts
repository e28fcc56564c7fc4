import type { LintIssue } from '../../../match/lint-issue';
import { compileRegexes, type CompiledRegex } from '../../../match/regexes';
import { defineKind, type RawHit } from '../define-kind';
import { audience, complete, dailyCap, optOut, sendWindow } from './checks';
import { metaParams, type MetaParams } from './params';

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

export const metaKind = defineKind({
  name: 'meta',
  target: 'meta',
  params: metaParams,
  compile,
  regexParams: ['patterns'],
  run(ctx): RawHit[] {
    return CHECKS[ctx.params.check](ctx);
  },
});
