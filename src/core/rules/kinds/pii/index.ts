import { z } from 'zod';
import type { LintIssue } from '../../../match/lint-issue';
import type { Matchable } from '../../../match/matchable';
import { findPii } from '../../../pii/find-pii';
import { PII_KINDS, type PiiMatch } from '../../../pii/kinds';
import { FIELD_BY_PATH } from '../../../samples/fields';
import { sampleValue } from '../../sample-values';
import { defineKind } from '../define-kind';

/** `pii`: unmasked resident IDs, mobiles or bank cards in the rendered output (masked forms never match). */
export const piiParams = z.strictObject({
  kinds: z.array(z.enum(PII_KINDS)).min(1),
  allowFields: z.array(z.string().min(1)).optional(),
  /**
   * Literal cues by which the sender gives a number as their own work line (联系我，号码…, 我的工作手机): a number that
   * follows one, with at most a label (“，号码：”) between, is the sender's, not a third party's.
   */
  ownLineCues: z.array(z.string().min(2)).optional(),
});
export type PiiParams = z.infer<typeof piiParams>;

// NOTE: several pii rules share one scan per rendered sample.
const PII_CACHE = new WeakMap<Matchable, PiiMatch[]>();

const digits = (s: string): string => s.replace(/\D/g, '');

/** What may stand between an own-line cue and its number: a label (“，号码：”, “，电话是”), nothing else. */
const LINE_LABEL = /[，,：:\s]*(?:号码|电话|手机|手机号|微信同号)?(?:是|为)?[：:\s]*$/u;

/** Whether the text before `start`, less a trailing label, ends with one of the cues. */
function afterOwnLineCue(text: string, start: number, cues: readonly string[]): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const unpunctuated = before.replace(/[，,：:\s]+$/u, '');
  const bare = before.slice(0, before.length - (LINE_LABEL.exec(before)?.[0].length ?? 0));
  return cues.some((cue) => unpunctuated.endsWith(cue) || bare.endsWith(cue));
}

function compile(p: PiiParams): { compiled: undefined; issues: LintIssue[] } {
  const issues: LintIssue[] = [];
  (p.allowFields ?? []).forEach((field, i) => {
    if (!FIELD_BY_PATH.has(field)) {
      issues.push({
        code: 'rule/invalid',
        message: `“${field}” is not a sample field`,
        path: ['params', 'allowFields', i],
      });
    }
  });
  return { compiled: undefined, issues };
}

export const piiKind = defineKind({
  name: 'pii',
  target: 'output',
  params: piiParams,
  compile,
  run(ctx) {
    let all = PII_CACHE.get(ctx.text);
    if (!all) {
      all = findPii(ctx.text.text);
      PII_CACHE.set(ctx.text, all);
    }
    const matches = all.filter((m) => ctx.params.kinds.includes(m.kind));
    if (matches.length === 0) return [];
    const allowed = new Set(
      (ctx.params.allowFields ?? []).map((f) => digits(sampleValue(ctx.sample, f) ?? '')).filter((d) => d.length > 0),
    );
    const cues = ctx.params.ownLineCues ?? [];
    return matches
      .filter((m) => !allowed.has(digits(m.value)))
      .filter((m) => cues.length === 0 || !afterOwnLineCue(ctx.text.text, m.start, cues))
      .map((m) => ({ start: m.start, end: m.end, match: m.value, vars: { value: m.kind } }));
  },
});
