import { capped } from './cap';
import type { Diagnostic } from './diagnostics';
import { moreLine, sampleNote, summaryLine, type Lang } from './lang';

/**
 * One file's lines, each ending in a newline: `file:line:col severity rule-id message` per diagnostic (at most
 * MAX_PER_FILE, then one `… and N more` line). Empty for a clean file.
 */
export function textFile(file: string, diagnostics: readonly Diagnostic[], lang: Lang): string {
  const lines: string[] = [];
  const { shown, more } = capped(diagnostics);
  for (const d of shown) {
    const note = !d.located && d.sampleId !== undefined ? sampleNote(lang, d.sampleId, d.match) : '';
    lines.push(`${d.file}:${d.start.line}:${d.start.column} ${d.severity} ${d.ruleId} ${d.message}${note}\n`);
  }
  if (more > 0) lines.push(`${moreLine(lang, file, more)}\n`);
  return lines.join('');
}

/** Counts per severity of every diagnostic (also those past the cap). */
export type SeverityCounts = { error: number; warning: number; info: number };

export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

/** The text report of files already checked: `textFile` of each, then one summary line counting all of them. */
export function printText(files: { file: string; diagnostics: Diagnostic[] }[], lang: Lang): string {
  const counts = { error: 0, warning: 0, info: 0 };
  let text = '';
  for (const { file, diagnostics } of files) {
    const c = countSeverities(diagnostics);
    for (const k of ['error', 'warning', 'info'] as const) counts[k] += c[k];
    text += textFile(file, diagnostics, lang);
  }
  return `${text}${summaryLine(lang, files.length, counts)}\n`;
}
