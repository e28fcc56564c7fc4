import * as monaco from 'monaco-editor/editor';
import { formatProblem, type Finding, type Lang, type Problem, type Severity } from '../../core/model';
import type { MessageKey } from '../i18n/messages';
import { sourceRange } from './fixes';
import { markerMessage } from './marker-text';
import { ruleLink } from './rule-link';

const SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

function rangeOf(model: monaco.editor.ITextModel, start: number, end: number) {
  const length = model.getValueLength();
  const from = model.getPositionAt(Math.min(Math.max(0, start), length));
  // NOTE: a zero-width range (e.g. "missing at the start") would be invisible; widen it to one character.
  const to = model.getPositionAt(Math.min(Math.max(end, start + 1), length));
  return {
    startLineNumber: from.lineNumber,
    startColumn: from.column,
    endLineNumber: to.lineNumber,
    endColumn: to.column,
  };
}

/** Where a marker's hover names its rule: the id, and a link that opens the rule in the catalog (see ./monaco). */
function ruleReference(ruleId: string, t: T): Pick<monaco.editor.IMarkerData, 'source' | 'code'> {
  const link = ruleLink(ruleId);
  if (!link) return { source: ruleId };
  return { source: `${ruleId} · `, code: { value: t('marker.openRule'), target: monaco.Uri.parse(link) } };
}

/** Markers for every finding with a source range and every problem with offsets. */
export function markersFor(
  model: monaco.editor.ITextModel,
  findings: readonly Finding[],
  problems: readonly Problem[],
  words: (finding: Finding) => { title: string; message: string },
  lang: Lang,
  t: T,
): monaco.editor.IMarkerData[] {
  const markers: monaco.editor.IMarkerData[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    const range = sourceRange(finding);
    if (!range) continue;
    const key = `${finding.ruleId}:${range.start}:${range.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    markers.push({
      ...rangeOf(model, range.start, range.end),
      severity: SEVERITY[finding.severity],
      message: markerMessage(words(finding), finding.basis, lang, t),
      ...ruleReference(finding.ruleId, t),
    });
  }
  for (const problem of problems) {
    if (problem.start === undefined || problem.sampleId !== undefined) continue;
    markers.push({
      ...rangeOf(model, problem.start, problem.end ?? problem.start),
      severity: monaco.MarkerSeverity.Error,
      message: formatProblem(problem, lang),
      source: problem.code,
    });
  }
  return markers;
}
