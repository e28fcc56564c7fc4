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

/** SARIF 2.1.0 with one run: the rules that occur (from `rules`, else the id itself) and one result per diagnostic. */
export function printSarif(
  diagnostics: Diagnostic[],
  rules: ReadonlyMap<string, RuleInfo>,
  tool: { name: string; version: string },
  lang: Lang,
): string {
  const ids = [...new Set(diagnostics.map((d) => d.ruleId))].sort();
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
  const results = diagnostics.map((d) => ({
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
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: tool.name, version: tool.version, rules: driverRules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
