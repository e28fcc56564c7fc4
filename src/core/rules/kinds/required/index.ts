import { z } from 'zod';
import type { LintIssue } from '../../../match/lint-issue';
import { compileRegexes, type CompiledRegex } from '../../../match/regexes';
import { defineKind } from '../define-kind';
import { normaliseTerm } from '../../../match/matchable';
import { hasAccepted } from './accepted';
import { ELEMENTS, hasElement, signatureRegex } from './elements';

/** `required`: an element that must be present and non-empty in every rendered sample. */
export const requiredParams = z.strictObject({
  element: z.enum(ELEMENTS),
  patterns: z.array(z.string().min(1)).min(1).optional(),
  signature: z
    .strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) })
    .refine((s) => s.min <= s.max, 'min must not exceed max')
    .optional(),
  /** element signature: the only signatures accepted at the start (an organisation's registered ones) */
  registered: z.array(z.string().min(1)).min(1).optional(),
  /**
   * other elements: the only values accepted besides the sample's own (an organisation's hotlines, channels); the
   * generic recognisers (any 400 number…) no longer count
   */
  accept: z.array(z.string().min(1)).min(1).optional(),
});
export type RequiredParams = z.infer<typeof requiredParams>;

interface Compiled {
  extra: CompiledRegex[];
  signature: RegExp;
  /** normalised accepted values, when the params restrict them */
  accept?: string[];
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  if (p.registered && p.element !== 'signature') {
    issues.push({
      code: 'rule/invalid',
      message: '“registered” only applies to element “signature”',
      path: ['params', 'registered'],
    });
  }
  if (p.accept && (p.element === 'signature' || p.element === 'custom')) {
    issues.push({
      code: 'rule/invalid',
      message: `“accept” does not apply to element “${p.element}”`,
      path: ['params', 'accept'],
    });
  }
  const sig = p.signature ?? { min: 2, max: 12 };
  const signature = p.registered
    ? new RegExp(`^(?:${p.registered.map(escapeRegex).join('|')})`, 'u')
    : signatureRegex(sig.min, sig.max);
  const compiled: Compiled = { extra: r.regexes, signature };
  if (p.accept) compiled.accept = p.accept.map(normaliseTerm).filter((v) => v.length > 0);
  return { compiled, issues };
}

export const requiredKind = defineKind({
  name: 'required',
  target: 'output',
  params: requiredParams,
  compile,
  regexParams: ['patterns'],
  run(ctx) {
    const { extra, signature, accept } = ctx.compiled;
    const present = accept
      ? hasAccepted(ctx.params.element, ctx.text, ctx.sample, accept, extra)
      : hasElement(ctx.params.element, ctx.text, ctx.sample, signature, extra);
    if (present) return [];
    return [{ vars: { value: ctx.params.element, sample: ctx.sample.id } }];
  },
});
