import { capped } from './cap';
import type { Diagnostic } from './diagnostics';
import { moreLine, sampleNote, summaryLine, type Lang } from './lang';

/**
 * `file:line:col severity rule-id message` per diagnostic (at most MAX_PER_FILE per file, then one
 * `… and N more` line), then one summary line counting all of them.
 */
export function printText(files: { file: string; diagnostics: Diagnostic[] }[], lang: Lang): string {
  const counts = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  for (const { file, diagnostics } of files) {
    for (const d of diagnostics) counts[d.severity] += 1;
    const { shown, more } = capped(diagnostics);
    for (const d of shown) {
      const note = !d.located && d.sampleId !== undefined ? sampleNote(lang, d.sampleId, d.match) : '';
      lines.push(`${d.file}:${d.start.line}:${d.start.column} ${d.severity} ${d.ruleId} ${d.message}${note}`);
    }
    if (more > 0) lines.push(moreLine(lang, file, more));
  }
  lines.push(summaryLine(lang, files.length, counts));
  return `${lines.join('\n')}\n`;
}
