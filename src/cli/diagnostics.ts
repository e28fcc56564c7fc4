import type { Finding, Problem, Report, Severity } from '../core/index';
import { lineIndex, type LineCol } from './line-col';

/** One finding or problem placed in a file, ready for any printer. */
export interface Diagnostic {
  file: string;
  severity: Severity;
  /** the rule id, or the problem code */
  ruleId: string;
  message: string;
  start: LineCol;
  end: LineCol;
  /** false when the hit has no place in the source (output from data, meta): shown at 1:1 */
  located: boolean;
  sampleId?: string;
  match?: string;
}

const TOP: LineCol = { line: 1, column: 1 };

function range(
  at: (o: number) => LineCol,
  start?: number,
  end?: number,
): Pick<Diagnostic, 'start' | 'end' | 'located'> {
  if (start === undefined) return { start: TOP, end: TOP, located: false };
  return { start: at(start), end: at(end ?? start), located: true };
}

function fromFinding(file: string, at: (o: number) => LineCol, f: Finding, say: (f: Finding) => string): Diagnostic {
  const place =
    f.target === 'source'
      ? range(at, f.start, f.end)
      : f.target === 'output'
        ? range(at, f.sourceStart, f.sourceEnd)
        : range(at);
  return {
    file,
    severity: f.severity,
    ruleId: f.ruleId,
    message: say(f),
    ...place,
    ...(f.sampleId === undefined ? {} : { sampleId: f.sampleId }),
    ...(f.match === undefined ? {} : { match: f.match }),
  };
}

function fromProblem(file: string, at: (o: number) => LineCol, p: Problem, say: (p: Problem) => string): Diagnostic {
  const other = p.file !== undefined && p.file !== file;
  // Offsets of a problem with a sampleId point into that sample's rendered text, not into the source.
  let place = other || p.sampleId !== undefined ? range(at) : range(at, p.start, p.end);
  if (!place.located && p.line !== undefined) {
    const lc = { line: p.line, column: p.column ?? 1 };
    place = { start: lc, end: lc, located: true };
  }
  return {
    file: p.file ?? file,
    severity: 'error',
    ruleId: p.code,
    message: say(p),
    ...place,
    ...(p.sampleId === undefined ? {} : { sampleId: p.sampleId }),
  };
}

/**
 * Findings and problems of one file's report, with 1-based positions, in source order. Problems are errors.
 * `say` words a finding (core gives ids and data only; see `finding-words.ts`), `sayProblem` a problem
 * (`formatProblem`; core's English message by default).
 */
export function diagnosticsFor(
  file: string,
  source: string,
  report: Report,
  say: (f: Finding) => string,
  sayProblem: (p: Problem) => string = (p) => p.message,
): Diagnostic[] {
  const at = lineIndex(source);
  const all = [
    ...report.problems.map((p) => fromProblem(file, at, p, sayProblem)),
    ...report.findings.map((f) => fromFinding(file, at, f, say)),
  ];
  return all.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };
