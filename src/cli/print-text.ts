import type { Diagnostic } from './diagnostics';
import { sampleNote, summaryLine, type Lang } from './lang';

/** `file:line:col severity rule-id message` per diagnostic, then one summary line. */
export function printText(files: { file: string; diagnostics: Diagnostic[] }[], lang: Lang): string {
  const counts = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  for (const { diagnostics } of files) {
    for (const d of diagnostics) {
      counts[d.severity] += 1;
      const note = !d.located && d.sampleId !== undefined ? sampleNote(lang, d.sampleId, d.match) : '';
      lines.push(`${d.file}:${d.start.line}:${d.start.column} ${d.severity} ${d.ruleId} ${d.message}${note}`);
    }
  }
  lines.push(summaryLine(lang, files.length, counts));
  return `${lines.join('\n')}\n`;
}
