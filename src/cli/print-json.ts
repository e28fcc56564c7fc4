import type { Finding, Problem, Report } from '../core/index';
import { capped } from './cap';

/** A value as it reads `depth` levels deep in `JSON.stringify(…, null, 2)`. */
const nested = (value: unknown, depth: number): string =>
  JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * One file's entry of the JSON report, as text for JsonWriter: the report as core returned it, except that at most
 * MAX_PER_FILE findings are kept (`truncated` counts the rest).
 */
export function jsonEntry(file: string, report: Report): string {
  const { shown, more } = capped(report.findings);
  return nested(more === 0 ? { file, report } : { file, report: { ...report, findings: shown }, truncated: more }, 2);
}

/**
 * The JSON report, written one file at a time: `{ files: [{ file, report, truncated? }], pack?, problems? }`, byte for byte
 * what `JSON.stringify(…, null, 2)` gives for the whole. `problems` lists invalid inputs, if any.
 */
export class JsonWriter {
  #files = 0;

  constructor(private readonly out: (text: string) => void) {}

  /** Writes one `jsonEntry`. */
  entry(text: string): void {
    this.out(`${this.#files === 0 ? '{\n  "files": [\n' : ',\n'}    ${text}`);
    this.#files += 1;
  }

  /** Closes the document; `pack` names the rule pack overlay the rules ran under, if any. */
  end(problems: readonly Problem[], pack?: object): void {
    const files = this.#files === 0 ? '{\n  "files": []' : '\n  ]';
    const named = pack === undefined ? '' : `,\n  "pack": ${nested(pack, 1)}`;
    this.out(`${files}${named}${problems.length > 0 ? `,\n  "problems": ${nested(problems, 1)}` : ''}\n}\n`);
  }
}

/**
 * One JSON line per file: `{ file, verdict, score, findings, problems, truncated? }`, each finding with its
 * `message` in words; at most MAX_PER_FILE findings (`truncated` counts the rest).
 */
export function jsonLine(file: string, report: Report, say: (f: Finding) => string): string {
  const { shown, more } = capped(report.findings);
  const findings = shown.map((f) => ({ ...f, message: say(f) }));
  const line = { file, verdict: report.verdict, score: report.score, findings, problems: report.problems };
  return `${JSON.stringify(more === 0 ? line : { ...line, truncated: more })}\n`;
}
