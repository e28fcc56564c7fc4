import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regexVerdict } from '../../../src/core/match/regex-safety';
import { KINDS } from '../../../src/core/rules/kinds/index';
import { BUILT_IN, signatureRegex } from '../../../src/core/rules/kinds/required/elements';
import { loadRuleset } from '../../../src/core/rules/load';
import { loadRegexChecker } from '../../../src/core/match/regex-safety';

// NOTE: patterns with an unbounded loop are judged by the full checker, which adapters load on demand.
await loadRegexChecker();

const RULES = join(__dirname, '../../../rules');

interface Source {
  where: string;
  source: string;
  flags: string;
}

const jsonIn = (dir: string, prefix: string): [string, unknown][] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [`${prefix}/${f}`, JSON.parse(readFileSync(join(dir, f), 'utf8'))]);

let loadedSources: Source[] | undefined;

/** The regexes of rules/*.json as loaded: fragment references (`{{negated}}`) expanded, as the checks run them. */
function packSources(): Source[] {
  return (loadedSources ??= loadSources());
}

function loadSources(): Source[] {
  const loaded = loadRuleset(
    Object.fromEntries([...jsonIn(RULES, 'rules'), ...jsonIn(join(RULES, 'fragments'), 'rules/fragments')]),
  );
  // NOTE: loading drops a rule whose regex it finds unsafe: every rule must load for this test to see them all.
  if (!loaded.ok) throw new Error(`rules/ does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return loaded.value.rules.flatMap((rule) => {
    const params = rule.params as Record<string, unknown>;
    return (KINDS[rule.kind]?.regexParams ?? []).flatMap((key) =>
      ((params[key] as string[] | undefined) ?? []).map((source, i) => ({
        where: `${rule.file} params.${key}[${i}]`,
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
