import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CORPUS_DIR, loadCorpus } from '../core/classifier/corpus';

/** A fresh module graph: nothing loaded, compiled or seeded yet. */
async function fresh() {
  vi.resetModules();
  const core = await import('../../src/core/index');
  const build = await import('../../src/cli/bundled-rules-build');
  const start = await import('../../src/cli/start-tables');
  return { core, build, start };
}
type Graph = Awaited<ReturnType<typeof fresh>>;
type Files = ReturnType<Graph['build']['bundledFiles']>;

let building: Promise<Files> | undefined;
/** What the CLI build writes (once per file). */
const built = (): Promise<Files> => (building ??= fresh().then(({ build }) => build.bundledFiles()));

/** A fresh graph seeded as the built bin seeds it, from the files' text and bytes. */
async function seeded(files: Files, bytes: Uint8Array = files.bytes): Promise<Graph> {
  const g = await fresh();
  g.core.seedBundledRules(JSON.parse(files.rules));
  g.start.seedStartTables({ json: JSON.parse(files.tables), bytes });
  return g;
}

const CORPUS = loadCorpus(CORPUS_DIR, () => true)
  .filter((_, i) => i % 50 === 0)
  .map((e) => e.text);

/** No time budget: the first check of a graph that builds everything may take seconds on a loaded machine. */
const UNHURRIED = { budgetMs: 600_000 };

/** Every example template (with its meta) and a slice of the corpus checked with the default rules and samples. */
function reports(core: Graph['core']): string {
  const inputs = [
    ...core.defaultTemplates().map((t) => ({ source: t.source, meta: t.meta })),
    ...CORPUS.map((source) => ({ source })),
  ];
  const all = inputs.map((input) => core.checkTemplate(input, UNHURRIED));
  return JSON.stringify(all.map((r) => [r.verdict, r.score, r.findings, r.problems]));
}

/** rules/no-insults.json with other patterns (sources no bundled rule has). */
function insultsRule(patterns: string[]) {
  const rule = JSON.parse(readFileSync('rules/no-insults.json', 'utf8'));
  return { ...rule, params: { patterns }, examples: { pass: ['您好', '谢谢'], fail: ['你这个废物', '垃圾人快还钱'] } };
}

// NOTE: every test loads the whole pack in fresh module graphs: seconds each, minutes on a loaded machine.
describe(
  'the tables the CLI build carries (prefilter slots and automaton, classifier trie)',
  { timeout: 240_000 },
  () => {
    it('hold every regex a check of the bundled rules compiles, and give the reports of a start that builds all', async () => {
      const files = await built();
      const expected = reports((await fresh()).core);
      const g = await seeded(files);
      expect(reports(g.core)).toBe(expected);
      expect(g.core.unseededSlots()).toBe(0);
    });

    it('are used as they are: an automaton that marks nothing hides the pattern hits', async () => {
      const files = await built();
      const source = '【钱站】张三你这个老赖，欠钱不还。';
      const g = await seeded(files);
      expect(g.core.checkTemplate({ source }, UNHURRIED).findings.map((f) => f.ruleId)).toContain('no-insults');
      const carried = JSON.parse(files.tables) as Parameters<Graph['start']['tablesFrom']>[0];
      const blank = new Uint8Array(files.bytes);
      const hasOut = carried.layout.tables.find((t) => t.name === 'prefilter.hasOut')!;
      blank.fill(0, hasOut.offset, hasOut.offset + hasOut.length);
      const broken = await seeded(files, blank);
      expect(broken.core.checkTemplate({ source }, UNHURRIED).findings.map((f) => f.ruleId)).not.toContain(
        'no-insults',
      );
    });

    it('leave a person’s rules working: their new regexes get slots after the seeded ones', async () => {
      const files = await built();
      const rules = {
        ...(await fresh()).build.ruleFiles(),
        'rules/org-insults.json': insultsRule(['废物', '(?<!不是)垃圾人']),
      };
      const source = '您这个老赖，你这个废物，垃圾人请尽快还款';
      const findings = (g: Graph) => {
        const loaded = g.core.loadRuleset(rules);
        const ruleset = loaded.ok ? loaded.value : loaded.partial!;
        return g.core.checkTemplate({ source }, { ruleset, ...UNHURRIED }).findings;
      };
      const expected = findings(await fresh());
      expect(expected.filter((f) => f.ruleId === 'org-insults').map((f) => f.match)).toEqual(['废物', '垃圾人']);
      const g = await seeded(files);
      expect(findings(g)).toEqual(expected);
      expect(g.core.unseededSlots()).toBeGreaterThan(0);
    });

    it('are not taken once a regex was compiled (its slot numbers would collide)', async () => {
      const files = await built();
      const g = await fresh();
      g.core.loadRuleset({ 'rules/org-insults.json': insultsRule(['废物']) });
      const carried = g.start.tablesFrom(JSON.parse(files.tables), files.bytes)!;
      expect(g.core.seedPrefilter(carried.prefilter)).toBe(false);
      expect(g.core.unseededSlots()).toBeGreaterThan(0);
    });

    it('read the same from bytes at an odd offset (copied to align them)', async () => {
      const files = await built();
      const odd = new Uint8Array(files.bytes.length + 1).subarray(1);
      odd.set(files.bytes);
      const { start } = await fresh();
      const json = JSON.parse(files.tables) as Parameters<Graph['start']['tablesFrom']>[0];
      expect(start.tablesFrom(json, odd)).toEqual(start.tablesFrom(json, files.bytes));
    });
  },
);
