import { checkTemplate, type Finding, type Ruleset, type SampleData, type TemplateMeta } from '../../core/index';

/** A finding that holds a message at send time, as the archive records it. */
export interface GateFinding {
  ruleId: string;
  severity: Finding['severity'];
  match?: string;
}

export type GateResult =
  | { ok: true }
  | { ok: false; reason: 'gate/error-finding'; findings: GateFinding[] }
  | { ok: false; reason: 'gate/template-syntax' };

/**
 * The send-time gate: the rendered text checked again as plain text, with the template's approved meta and the
 * row's own data as the one sample (so rules about printed personal data see the real values). Any error finding
 * or problem holds the message. A text holding `{{` or `{%` (from data) is held unchecked: checked as a template
 * it would run that data as Liquid.
 */
export function sendGate(text: string, meta: TemplateMeta, data: SampleData, ruleset: Ruleset): GateResult {
  if (text.includes('{{') || text.includes('{%')) return { ok: false, reason: 'gate/template-syntax' };
  const report = checkTemplate({ source: text, meta }, { ruleset, samples: [{ id: 'row', label: 'row', data }] });
  const findings: GateFinding[] = [
    ...report.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ ruleId: f.ruleId, severity: f.severity, ...(f.match === undefined ? {} : { match: f.match }) })),
    ...report.problems.map((p) => ({ ruleId: p.code, severity: 'error' as const })),
  ];
  return findings.length === 0 ? { ok: true } : { ok: false, reason: 'gate/error-finding', findings };
}
