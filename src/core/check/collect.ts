import type { SpanSlice } from '../render/span-pool';
import type { RawHit } from '../rules/kinds/define-kind';
import type { Rule } from '../rules/rule';
import type { Finding, FindingVars, SampleRange, Target } from '../types';
import { locate, type SourceLocation } from './locate';
import { compareFindings } from './score';

/** What a finding needs from its rule (built-in findings use the same shape). */
export type FindingSource = Pick<Rule, 'id' | 'category' | 'severity' | 'title' | 'message' | 'basis' | 'suggest'>;

interface Entry {
  rule: FindingSource;
  hit: RawHit;
  target: Target;
  sampleIds: string[];
  loc: SourceLocation;
  /** where the hit is in each sample's own rendered text (output hits) */
  ranges: SampleRange[];
}

function mergeKey(rule: FindingSource, hit: RawHit, target: Target, loc: SourceLocation): string {
  const sev = hit.severity ?? rule.severity;
  if (target === 'source') return `${rule.id}|src|${hit.start ?? ''}|${hit.end ?? ''}|${hit.variable ?? ''}`;
  if (target === 'meta') return `${rule.id}|meta|${sev}|${JSON.stringify(hit.vars ?? {})}`;
  // NOTE: data hits differ per sample (each borrower's own ID number); one finding per variable and place.
  if (loc.variable !== undefined) return `${rule.id}|var|${loc.variable}|${loc.sourceStart ?? ''}`;
  if (loc.sourceStart !== undefined) return `${rule.id}|lit|${loc.sourceStart}|${loc.sourceEnd}`;
  if (hit.start !== undefined) return `${rule.id}|out|${hit.match ?? ''}`;
  return `${rule.id}|whole|${sev}`;
}

/**
 * Collects raw hits from every phase and merges the same hit across samples (same rule and source range,
 * or same matched text from the same variable) into one finding listing every sample it occurs in.
 */
export class FindingCollector {
  private readonly entries = new Map<string, Entry>();

  add(rule: FindingSource, hit: RawHit, target: Target, sampleId?: string, spans?: SpanSlice): void {
    const sample = hit.sampleId ?? sampleId;
    const loc =
      target === 'output' && spans && hit.start !== undefined ? locate(spans, hit.start, hit.end ?? hit.start) : {};
    const key = mergeKey(rule, hit, target, loc);
    const prior = this.entries.get(key);
    const range: SampleRange | undefined =
      target === 'output' && sample !== undefined && hit.start !== undefined
        ? { sampleId: sample, start: hit.start, end: hit.end ?? hit.start }
        : undefined;
    if (!prior) {
      const sampleIds = sample === undefined ? [] : [sample];
      this.entries.set(key, { rule, hit, target, sampleIds, loc, ranges: range ? [range] : [] });
    } else if (sample !== undefined && !prior.sampleIds.includes(sample)) {
      prior.sampleIds.push(sample);
      if (range) prior.ranges.push(range);
    }
  }

  /** The merged findings (ids and data; `formatFinding` words them), sorted by severity then position. */
  findings(sampleCount = 0): Finding[] {
    return [...this.entries.values()].map((e) => toFinding(e, sampleCount)).sort(compareFindings);
  }
}

function toFinding({ rule, hit, target, sampleIds, loc, ranges }: Entry, sampleCount: number): Finding {
  const variable = hit.variable ?? loc.variable;
  const vars: FindingVars = { sampleCount };
  if (hit.match !== undefined) vars.match = hit.match;
  const named = hit.vars?.variable ?? variable;
  if (named !== undefined) vars.variable = named;
  if (hit.vars?.sample !== undefined) vars.sample = hit.vars.sample;
  if (hit.vars?.value !== undefined) vars.value = hit.vars.value;
  if (hit.vars?.limit !== undefined) vars.limit = hit.vars.limit;
  const f: Finding = {
    ruleId: rule.id,
    messageId: rule.id,
    vars,
    category: rule.category,
    severity: hit.severity ?? rule.severity,
    target,
  };
  if (hit.start !== undefined) {
    f.start = hit.start;
    f.end = hit.end ?? hit.start;
  }
  if (sampleIds.length > 0) {
    f.sampleId = sampleIds[0];
    f.sampleIds = sampleIds;
  }
  if (ranges.length > 1) f.ranges = ranges;
  if (loc.sourceStart !== undefined) {
    f.sourceStart = loc.sourceStart;
    f.sourceEnd = loc.sourceEnd ?? loc.sourceStart;
  }
  if (variable !== undefined) f.variable = variable;
  if (hit.match !== undefined) f.match = hit.match;
  if (rule.basis.length > 0) f.basis = rule.basis;
  const suggest = hit.suggest ?? rule.suggest;
  if (suggest !== undefined) f.suggest = suggest;
  return f;
}
