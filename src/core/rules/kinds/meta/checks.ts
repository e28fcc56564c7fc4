import { anyRegex, findRegexes, type CompiledRegex } from '../../../match/regexes';
import { pickNonOverlapping } from '../../../match/spans';
import type { KindContext, RawHit } from '../define-kind';
import { toHits } from '../to-hits';
import type { MetaParams } from './params';

type Ctx = KindContext<'meta', MetaParams, CompiledRegex[]>;

export const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Debt words in a message to a contact, per rendered sample; without patterns, any contact audience. */
export function audience(ctx: Ctx): RawHit[] {
  if (ctx.meta.audience !== 'contact') return [];
  if (ctx.compiled.length === 0) return [{ vars: { value: ctx.meta.audience } }];
  return ctx.outputs.flatMap((o) =>
    toHits(o.text, pickNonOverlapping(findRegexes(ctx.compiled, o.text.norm, o.text.clauseStart)), () => ({
      sampleId: o.sample.id,
      target: 'output' as const,
    })),
  );
}

export function sendWindow(ctx: Ctx): RawHit[] {
  const { start, end } = ctx.meta.sendWindow;
  const p = ctx.params;
  const hits: RawHit[] = [];
  if (minutes(start) >= minutes(end)) hits.push({ vars: { value: `${start}–${end}` } });
  if (p.earliest !== undefined && minutes(start) < minutes(p.earliest))
    hits.push({ vars: { value: start, limit: p.earliest } });
  if (p.latest !== undefined && minutes(end) > minutes(p.latest)) hits.push({ vars: { value: end, limit: p.latest } });
  else if (p.warnAfter !== undefined && minutes(end) > minutes(p.warnAfter)) {
    hits.push({ severity: 'warning', vars: { value: end, limit: p.warnAfter } });
  }
  return hits;
}

export function dailyCap(ctx: Ctx): RawHit[] {
  const max = ctx.params.maxPerDay;
  return max !== undefined && ctx.meta.maxPerDay > max
    ? [{ vars: { value: String(ctx.meta.maxPerDay), limit: String(max) } }]
    : [];
}

/** A commercial message needs an opt-out phrase in every rendered sample. */
export function optOut(ctx: Ctx): RawHit[] {
  if (!ctx.meta.commercial) return [];
  return ctx.outputs
    .filter((o) => !anyRegex(ctx.compiled, o.text.norm))
    .map((o) => ({ sampleId: o.sample.id, target: 'output' as const, vars: { sample: o.sample.id } }));
}

export function complete(ctx: Ctx): RawHit[] {
  return ctx.meta.stage === undefined || ctx.meta.stage.trim() === '' ? [{ vars: { value: 'stage' } }] : [];
}
