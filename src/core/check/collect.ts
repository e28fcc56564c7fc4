import type { OutputSpan } from '../render/render-trace';
import type { RawHit } from '../rules/kinds/define-kind';
import type { Rule } from '../rules/rule';
import type { Finding, Target } from '../types';
import { locate, type SourceLocation } from './locate';
import { fillMessage } from './message';
import { compareFindings } from './score';

/** What a finding needs from its rule (built-in findings use the same shape). */
export type FindingSource = Pick<Rule, 'id' | 'category' | 'severity' | 'title' | 'message' | 'basis' | 'suggest'>;

interface Entry {
  rule: FindingSource;
  hit: RawHit;
  target: Target;
  sampleIds: string[];
  loc: SourceLocation;
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

  add(rule: FindingSource, hit: RawHit, target: Target, sampleId?: string, spans?: readonly OutputSpan[]): void {
    const sample = hit.sampleId ?? sampleId;
    const loc =
      target === 'output' && spans && hit.start !== undefined ? locate(spans, hit.start, hit.end ?? hit.start) : {};
    const key = mergeKey(rule, hit, target, loc);
    const prior = this.entries.get(key);
    if (!prior) {
      this.entries.set(key, { rule, hit, target, sampleIds: sample === undefined ? [] : [sample], loc });
    } else if (sample !== undefined && !prior.sampleIds.includes(sample)) {
      prior.sampleIds.push(sample);
    }
  }

  /** The merged findings with messages in `lang`, sorted by severity then position. */
  findings(lang: 'zh' | 'en', sampleCount = 0): Finding[] {
    return [...this.entries.values()].map((e) => toFinding(e, lang, sampleCount)).sort(compareFindings);
  }
}

/** `{sample}` in messages: one id, a few ids, or a count — the full list is in `sampleIds`. */
function sampleLabel(ids: readonly string[], lang: 'zh' | 'en', sampleCount: number): string {
  const sep = lang === 'zh' ? '、' : ', ';
  if (ids.length > 1 && ids.length === sampleCount)
    return lang === 'zh' ? `（全部${ids.length}个）` : `(all ${ids.length})`;
  if (ids.length <= 3) return ids.join(sep);
  const shown = ids.slice(0, 3).join(sep);
  return lang === 'zh' ? `${shown}等${ids.length}个` : `${shown} and ${ids.length - 3} more`;
}

function toFinding({ rule, hit, target, sampleIds, loc }: Entry, lang: 'zh' | 'en', sampleCount: number): Finding {
  const variable = hit.variable ?? loc.variable;
  const message = fillMessage(rule.message[lang], {
    match: hit.match ?? '',
    variable: hit.vars?.variable ?? variable ?? '',
    sample:
      hit.vars?.sample !== undefined && sampleIds.length <= 1
        ? hit.vars.sample
        : sampleLabel(sampleIds, lang, sampleCount),
    ...(hit.vars?.value === undefined ? {} : { value: hit.vars.value }),
    ...(hit.vars?.limit === undefined ? {} : { limit: hit.vars.limit }),
  });
  const f: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity: hit.severity ?? rule.severity,
    message,
    target,
    title: rule.title[lang],
  };
  if (hit.start !== undefined) {
    f.start = hit.start;
    f.end = hit.end ?? hit.start;
  }
  if (sampleIds.length > 0) {
    f.sampleId = sampleIds[0];
    f.sampleIds = sampleIds;
  }
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
