import type { Problem, Report } from '../core/index';
import { capped } from './cap';

/**
 * `{ files: [{ file, report, truncated? }], problems? }`: the reports as core returned them, except that at most
 * MAX_PER_FILE findings are kept per file (`truncated` counts the rest); `problems` lists invalid inputs, if any.
 */
export function printJson(files: { file: string; report: Report }[], problems: readonly Problem[] = []): string {
  const entries = files.map(({ file, report }) => {
    const { shown, more } = capped(report.findings);
    return more === 0 ? { file, report } : { file, report: { ...report, findings: shown }, truncated: more };
  });
  return `${JSON.stringify({ files: entries, ...(problems.length > 0 ? { problems } : {}) }, null, 2)}\n`;
}
