import { z } from 'zod';
import type { LintIssue } from '../../../match/lint-issue';
import { compileRegexes, type CompiledRegex } from '../../../match/regexes';
import { defineKind } from '../define-kind';
import { ELEMENTS, hasElement, signatureRegex } from './elements';

/** `required`: an element that must be present and non-empty in every rendered sample. */
export const requiredParams = z.strictObject({
  element: z.enum(ELEMENTS),
  patterns: z.array(z.string().min(1)).min(1).optional(),
  signature: z
    .strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) })
    .refine((s) => s.min <= s.max, 'min must not exceed max')
    .optional(),
});
export type RequiredParams = z.infer<typeof requiredParams>;

interface Compiled {
  extra: CompiledRegex[];
  signature: RegExp;
}

function compile(p: RequiredParams): { compiled: Compiled; issues: LintIssue[] } {
  const r = compileRegexes(p.patterns, ['params', 'patterns']);
  const issues = [...r.issues];
  if (p.element === 'custom' && (p.patterns ?? []).length === 0) {
    issues.push({
      code: 'rule/invalid',
      message: 'element “custom” needs patterns',
      path: ['params', 'patterns'],
      fatal: true,
    });
  }
  if (p.signature && p.element !== 'signature') {
    issues.push({
      code: 'rule/invalid',
      message: '“signature” only applies to element “signature”',
      path: ['params', 'signature'],
    });
  }
  const sig = p.signature ?? { min: 2, max: 12 };
  return { compiled: { extra: r.regexes, signature: signatureRegex(sig.min, sig.max) }, issues };
}

export const requiredKind = defineKind({
  name: 'required',
  target: 'output',
  params: requiredParams,
  compile,
  run(ctx) {
    const { extra, signature } = ctx.compiled;
    if (hasElement(ctx.params.element, ctx.text, ctx.sample, signature, extra)) return [];
    return [{ vars: { value: ctx.params.element, sample: ctx.sample.id } }];
  },
});
