import type { Report } from '../core/types';

/** `{ files: [{ file, report }] }`, the reports exactly as core returned them. */
export function printJson(files: { file: string; report: Report }[]): string {
  return `${JSON.stringify({ files: files.map(({ file, report }) => ({ file, report })) }, null, 2)}\n`;
}
