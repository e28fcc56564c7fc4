import { z } from 'zod';
import { defineKind, type RawHit } from '../define-kind';
import { isBanned, isKnownPath, isUnmaskedPii } from './checks';

/** `variables`: static checks on the template source (unknown, banned, unmasked PII variables; Liquid syntax). */
export const variablesParams = z.strictObject({
  check: z.enum(['unknown', 'banned', 'pii-unmasked', 'syntax']),
});
export type VariablesParams = z.infer<typeof variablesParams>;

export const variablesKind = defineKind({
  name: 'variables',
  target: 'source',
  params: variablesParams,
  run(ctx) {
    const { check } = ctx.params;
    if (check === 'syntax') {
      return ctx.parseProblems.map((p): RawHit => {
        const match = p.start === undefined ? '' : ctx.source.slice(p.start, p.end ?? p.start);
        // NOTE: the language-free part of the parse problem (the tag or filter, else the source text): liquidjs'
        // English detail would show in a Chinese message; the template/parse problem beside it says why.
        const value = p.params?.['tag'] ?? p.params?.['filter'] ?? match;
        return {
          ...(p.start === undefined ? {} : { start: p.start, end: Math.max(p.end ?? p.start, p.start) }),
          match,
          vars: { value: String(value) },
        };
      });
    }
    const test =
      check === 'unknown'
        ? (u: { path: string }) => !isKnownPath(u.path)
        : check === 'banned'
          ? (u: { path: string }) => isBanned(u.path)
          : isUnmaskedPii;
    return (ctx.analysis?.uses ?? [])
      .filter((u) => test(u))
      .map((u) => ({
        start: u.start,
        end: u.end,
        match: ctx.source.slice(u.start, u.end),
        variable: u.path,
        vars: { variable: u.path },
      }));
  },
});
