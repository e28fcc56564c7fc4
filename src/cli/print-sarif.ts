import { formatProblem, type Problem } from '../core/index';
import { MAX_PER_FILE } from './cap';
import type { Diagnostic } from './diagnostics';
import { sampleNote, type Lang } from './lang';

export interface RuleInfo {
  id: string;
  title: string;
  category?: string;
  helpUri?: string;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A relative path stays relative (forward slashes, URI-encoded); an absolute one becomes a file: URI. */
export function artifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encodeURI(slashed)}`;
  if (slashed.startsWith('/')) return `file://${encodeURI(slashed)}`;
  return encodeURI(slashed);
}

/** The first MAX_PER_FILE diagnostics of each file, and how many more each file had. */
function cappedPerFile(diagnostics: readonly Diagnostic[]): { shown: Diagnostic[]; truncated: Record<string, number> } {
  const seen = new Map<string, number>();
  const truncated: Record<string, number> = {};
  const shown = diagnostics.filter((d) => {
    const n = (seen.get(d.file) ?? 0) + 1;
    seen.set(d.file, n);
    if (n <= MAX_PER_FILE) return true;
    truncated[artifactUri(d.file)] = n - MAX_PER_FILE;
    return false;
  });
  return { shown, truncated };
}

/** Invalid inputs (rule, sample, meta files) as SARIF tool configuration notifications. */
function notifications(problems: readonly Problem[], lang: Lang) {
  return problems.map((p) => ({
    level: 'error',
    message: { text: lang === 'en' ? p.message : formatProblem(p, lang) },
    descriptor: { id: p.code },
    ...(p.file === undefined
      ? {}
      : {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(p.file) },
                ...(p.line === undefined ? {} : { region: { startLine: p.line, startColumn: p.column ?? 1 } }),
              },
            },
          ],
        }),
  }));
}

/**
 * SARIF 2.1.0 with one run: the rules that occur (from `rules`, else the id itself) and one result per diagnostic,
 * at most MAX_PER_FILE per file (`run.properties.truncated` counts the rest by artifact URI). Invalid inputs, if
 * any, are `invocations[0].toolConfigurationNotifications`.
 */
export function printSarif(
  diagnostics: Diagnostic[],
  rules: ReadonlyMap<string, RuleInfo>,
  tool: { name: string; version: string },
  lang: Lang,
  inputProblems: readonly Problem[] = [],
): string {
  const { shown, truncated } = cappedPerFile(diagnostics);
  const ids = [...new Set(shown.map((d) => d.ruleId))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const driverRules = ids.map((id) => {
    const info = rules.get(id);
    return {
      id,
      shortDescription: { text: info?.title ?? id },
      ...(info?.helpUri ? { helpUri: info.helpUri } : {}),
      ...(info?.category ? { properties: { category: info.category } } : {}),
    };
  });
  const results = shown.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId) ?? 0,
    level: LEVEL[d.severity],
    message: {
      text: d.message + (!d.located && d.sampleId !== undefined ? sampleNote(lang, d.sampleId, d.match) : ''),
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(d.file) },
          region: {
            startLine: d.start.line,
            startColumn: d.start.column,
            endLine: d.end.line,
            endColumn: d.end.column,
          },
        },
      },
    ],
  }));
  const run = {
    tool: { driver: { name: tool.name, version: tool.version, rules: driverRules } },
    ...(inputProblems.length === 0
      ? {}
      : {
          invocations: [
            { executionSuccessful: false, toolConfigurationNotifications: notifications(inputProblems, lang) },
          ],
        }),
    results,
    ...(Object.keys(truncated).length === 0 ? {} : { properties: { truncated } }),
  };
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}
