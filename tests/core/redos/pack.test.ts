import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regexVerdict } from '../../../src/core/match/regex-safety';
import { BUILT_IN, signatureRegex } from '../../../src/core/rules/kinds/required/elements';
import { loadRegexChecker } from '../../../src/core/match/regex-safety';

// NOTE: patterns with an unbounded loop are judged by the full checker, which adapters load on demand.
await loadRegexChecker();

const RULES = join(__dirname, '../../../rules');
/** The params of each kind that hold regex sources. */
const REGEX_PARAMS: Record<string, readonly string[]> = {
  pattern: ['patterns'],
  conditional: ['if', 'require'],
  meta: ['patterns'],
  required: ['patterns'],
};

interface Source {
  where: string;
  source: string;
  flags: string;
}

function packSources(): Source[] {
  return readdirSync(RULES)
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) => {
      const rule = JSON.parse(readFileSync(join(RULES, file), 'utf8')) as { kind: string; params: object };
      const params = rule.params as Record<string, unknown>;
      return (REGEX_PARAMS[rule.kind] ?? []).flatMap((key) =>
        ((params[key] as string[] | undefined) ?? []).map((source, i) => ({
          where: `rules/${file} params.${key}[${i}]`,
          source,
          flags: 'gu',
        })),
      );
    });
}

const builtIns = (): Source[] => [
  ...Object.entries(BUILT_IN).flatMap(([element, res]) =>
    res.map((re, i) => ({ where: `required ${element}[${i}]`, source: re.source, flags: re.flags })),
  ),
  { where: 'required signature', source: signatureRegex(2, 12).source, flags: 'u' },
];

const unsafe = (sources: Source[]): string[] =>
  sources.flatMap(({ where, source, flags }) => {
    const v = regexVerdict(source, flags);
    return v.safe && !v.allowlisted ? [] : [`${where}: ${v.safe ? `allowlisted: ${v.allowlisted}` : v.reason}`];
  });

describe('every regex is proved linear', () => {
  it('finds the regexes of the rule pack', () => {
    const kinds = new Set(packSources().map((s) => s.where.split(' ')[1]!.split('[')[0]));
    expect(packSources().length).toBeGreaterThan(200);
    expect([...kinds].sort()).toEqual(['params.if', 'params.patterns', 'params.require']);
  });

  it('proves every pattern of every rule in rules/*.json without an allowlist entry', () => {
    expect(unsafe(packSources())).toEqual([]);
  });

  it('proves the built-in recognisers of the required kind', () => {
    expect(unsafe(builtIns())).toEqual([]);
  });
});
