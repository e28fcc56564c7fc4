import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { BundledRules } from '../../src/core/index';

/** A fresh module graph (no rule loaded, no regex compiled yet), optionally seeded as the built bin seeds it. */
async function fresh(seed?: BundledRules) {
  vi.resetModules();
  const facts = await import('../../src/core/match/regex-facts');
  const core = await import('../../src/core/index');
  const plugin = await import('../../src/cli/bundled-rules-build');
  core.seedBundledRules(seed);
  return { facts, core, plugin };
}

let computing: Promise<BundledRules> | undefined;
/** What the CLI build computes from rules/*.json (once per file). */
const built = (): Promise<BundledRules> => (computing ??= fresh().then(({ plugin }) => plugin.bundledRules()));

/** Every example template checked with the default rules and samples: the reports as JSON. */
function reports(core: typeof import('../../src/core/index')): string {
  const all = core.defaultTemplates().map((t) => core.checkTemplate({ source: t.source, meta: t.meta }));
  return JSON.stringify(all.map((r) => [r.verdict, r.score, r.findings, r.problems]));
}

/** rules/no-insults.json with one pattern only. */
function ruleWith(pattern: string) {
  const rule = JSON.parse(readFileSync('rules/no-insults.json', 'utf8'));
  return {
    ...rule,
    params: { patterns: [pattern] },
    examples: { pass: ['您好', '谢谢'], fail: ['老赖老赖', '老赖老赖老赖'] },
  };
}

describe('the rules the CLI build loads once (bundleRules, seedBundledRules)', () => {
  it('hold the facts of every regex loading rules/*.json asks about, every one sound', async () => {
    const bundled = await built();
    const { facts, core, plugin } = await fresh(bundled);
    // every key the loader asks about, as if all were sound: the table must hold each one
    const asked = facts.regexFactsFor(
      () => core.loadRuleset(plugin.ruleFiles()),
      () => true,
    );
    expect(Object.keys(asked.factors).length).toBeGreaterThan(50);
    expect(Object.keys(bundled.facts.factors)).toEqual(expect.arrayContaining(Object.keys(asked.factors)));
    expect(bundled.facts.safe).toEqual(expect.arrayContaining(asked.safe));
    expect(Object.values(bundled.facts.factors).some((f) => f !== null && f.length > 0)).toBe(true);
  });

  it('give the same ruleset and the same checks as loading everything at start (fresh module graphs)', async () => {
    const bundled = await built();
    const derived = await fresh();
    const expected = { reports: reports(derived.core), ruleset: derived.core.defaultRuleset() };
    const seeded = await fresh(bundled);
    expect(seeded.core.defaultRuleset()).toEqual(expected.ruleset);
    expect(await seeded.core.rulesetHash(seeded.core.defaultRuleset())).toBe(
      await derived.core.rulesetHash(expected.ruleset),
    );
    expect(reports(seeded.core)).toBe(expected.reports);
  });

  it('are used as they are: the seeded ruleset is not validated again', async () => {
    const bundled = await built();
    const { core } = await fresh({ ...bundled, ruleset: { rules: bundled.ruleset.rules.slice(0, 3), problems: [] } });
    expect(core.defaultRuleset().rules.map((r) => r.id)).toEqual(bundled.ruleset.rules.slice(0, 3).map((r) => r.id));
  });

  it('are used as they are: a wrong factor would hide a hit (so only the build may make them)', async () => {
    const bundled = await built();
    const source = '【钱站】张三你这个老赖，欠钱不还。';
    const clean = await fresh(bundled);
    expect(clean.core.checkTemplate({ source }).findings.map((f) => f.ruleId)).toContain('no-insults');
    const wrong = Object.fromEntries(Object.keys(bundled.facts.factors).map((k) => [k, ['\u0000never']]));
    const broken = await fresh({ ...bundled, facts: { ...bundled.facts, factors: wrong } });
    expect(broken.core.checkTemplate({ source }).findings.map((f) => f.ruleId)).not.toContain('no-insults');
  });

  it('are used as they are: a source listed as sound is not judged again', async () => {
    const unsafe = '(?:老赖)+(?:老赖)+$';
    const files = { 'rules/x-loop.json': ruleWith(unsafe) };
    const judged = await fresh();
    const refused = judged.core.loadRuleset(files);
    expect(refused.ok ? [] : refused.problems.map((p) => p.code)).toContain('rule/unsafe-regex');
    const bundled = await built();
    const seeded = await fresh({ ...bundled, facts: { factors: {}, safe: [`u/${unsafe}`] } });
    const accepted = seeded.core.loadRuleset(files);
    expect(accepted.ok ? [] : accepted.problems.map((p) => p.code)).not.toContain('rule/unsafe-regex');
  });

  it('become the JSON the build writes and a module that reads it next to its own file', async () => {
    const { plugin } = await fresh();
    expect(JSON.parse(plugin.bundledRulesJson(await built()))).toEqual(await built());
    const head =
      `import { readFileSync } from 'node:fs';\n` +
      `export const BUNDLED_RULES = JSON.parse(readFileSync(new URL("../bundled-rules.json", import.meta.url), 'utf8'));\n`;
    expect(plugin.bundledRulesModule('../bundled-rules.json')).toBe(
      `${head}export const BUNDLED_TABLES = undefined;\n`,
    );
    expect(plugin.bundledRulesModule('../bundled-rules.json', { json: './t.json', bytes: './t.bin' })).toBe(
      `${head}export const BUNDLED_TABLES = {\n` +
        `  json: JSON.parse(readFileSync(new URL("./t.json", import.meta.url), 'utf8')),\n` +
        `  bytes: readFileSync(new URL("./t.bin", import.meta.url)),\n};\n`,
    );
  });
});
