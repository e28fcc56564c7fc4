import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { formatFinding } from '../../../src/core/check/format-finding';
import { BUILTIN_MESSAGES } from '../../../src/core/check/messages';
import { classify } from '../../../src/core/classifier/classify';
import { tuneThresholds } from '../../../src/core/classifier/evaluate';
import { featureText } from '../../../src/core/classifier/features';
import { MODEL_CATEGORIES } from '../../../src/core/classifier/model-types';
import { MODEL } from '../../../src/core/classifier/signals';
import { train } from '../../../src/core/classifier/train';
import { matchable } from '../../../src/core/match/matchable';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import { normalise } from '../../../src/core/text/normalise';
import { SAMPLE, SAMPLE_2 } from '../rules/fixtures/sample';
import { CORPUS_DIR, HELD_OUT, loadCorpus } from './corpus';

const ROOT = resolve(__dirname, '../../..');
const MODEL_FILE = join(ROOT, 'src/core/classifier/model.json');
const training = loadCorpus(join(ROOT, CORPUS_DIR), (f) => !HELD_OUT.test(f));
const blind = loadCorpus(join(ROOT, CORPUS_DIR), (f) => HELD_OUT.test(f));
const ruleset = defaultRuleset();
const samples = [SAMPLE, SAMPLE_2];

const THREAT = '你再不还钱，我们的人今晚就去你家楼下等你，出门小心点。';
const REMINDER = '【钱站】张先生您好，您本月账单3,200.00元将于12月10日到期，请按时还款。如已还款请忽略。';
const modelFindings = (source: string) =>
  checkTemplate({ source }, { ruleset, samples }).findings.filter((f) => f.ruleId.startsWith('model/'));

describe('classifier training', () => {
  it('trains the same model byte for byte twice, without round 6', () => {
    const examples = training.filter((_, i) => i % 2 === 0);
    const a = JSON.stringify(train(examples));
    const b = JSON.stringify(train(examples));
    expect(a).toBe(b);
    expect(training.length).toBeGreaterThan(1000);
    expect(training.some((e) => blind.some((h) => h.text === e.text))).toBe(false);
  });

  it('keeps the committed model within 300 kB gzip, every category with a threshold in (0, 1)', () => {
    const bytes = readFileSync(MODEL_FILE);
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(300_000);
    for (const c of MODEL_CATEGORIES) {
      const m = MODEL.categories[c];
      expect(m.threshold).toBeGreaterThan(0);
      expect(m.threshold).toBeLessThan(1);
      expect(Object.keys(m.weights).length).toBeGreaterThan(100);
    }
    expect(/\\ud[89a-f]/i.test(bytes.toString('utf8'))).toBe(false);
  });
});

describe('model findings', () => {
  it('reports a model/threat warning on a threat-like message', () => {
    const threat = modelFindings(THREAT).find((f) => f.ruleId === 'model/threat');
    expect(threat).toMatchObject({
      messageId: 'model/threat',
      severity: 'warning',
      category: 'threat',
      target: 'output',
    });
    expect(threat?.vars.value).toMatch(/^(「[^」]+」)+$/);
  });

  it('reports no model finding on a plain reminder, a greeting or an empty template', () => {
    for (const source of [REMINDER, '您好', '', '{{ platform.signature }}尊敬的{{ borrower.name }}，'])
      expect(modelFindings(source)).toEqual([]);
  });

  it('highlights the top n-gram: the highlighted source text normalises to it', () => {
    for (const source of [THREAT, '你再不還錢，我們的人今晚就去你家樓 下等你，出門小心點。']) {
      const [signal] = classify(MODEL, matchable(source)).filter((s) => s.category === 'threat');
      const finding = modelFindings(source).find((f) => f.ruleId === 'model/threat');
      const top = signal?.drivers[0];
      expect(top).toBeDefined();
      expect(finding).toMatchObject({
        start: top?.start,
        end: top?.end,
        sourceStart: top?.start,
        match: finding?.match,
      });
      expect(source.slice(finding!.start, finding!.end)).toBe(finding?.match);
      expect(featureText(normalise(finding!.match!).text)).toBe(top?.gram);
    }
  });

  it('maps every driver of every held-out message back to its original text', () => {
    let drivers = 0;
    for (const { text } of blind) {
      for (const signal of classify(MODEL, matchable(text))) {
        for (const d of signal.drivers) {
          drivers++;
          // NOTE: a slice normalised alone loses its neighbours, so a noise run at its edge may read as two marks;
          // an n-gram that starts or ends inside a character's expansion (👮 reads 警察) maps back to the whole
          // character, whose text then holds the n-gram
          const collapse = (g: string) => g.replace(/\ufffd+/g, '\ufffd');
          expect(collapse(featureText(normalise(text.slice(d.start, d.end)).text))).toContain(collapse(d.gram));
        }
      }
    }
    expect(drivers).toBeGreaterThan(200);
  });

  it('places a finding from a template literal in the source', () => {
    const source = `{{ borrower.name }}，${THREAT}`;
    const threat = modelFindings(source).find((f) => f.ruleId === 'model/threat');
    expect(threat?.sampleIds).toEqual([SAMPLE.id, SAMPLE_2.id]);
    expect(source.slice(threat!.sourceStart, threat!.sourceEnd)).toBe(threat?.match);
  });

  it('reports nothing from the model with classifier: false', () => {
    const report = checkTemplate({ source: THREAT }, { ruleset, samples, classifier: false });
    expect(report.findings.filter((f) => f.ruleId.startsWith('model/'))).toEqual([]);
  });

  it('words every model finding in zh and en', () => {
    const f = modelFindings(THREAT).find((x) => x.ruleId === 'model/threat')!;
    const zh = formatFinding(f, BUILTIN_MESSAGES[f.messageId], 'zh');
    expect(zh.message).toBe(`读起来像威胁类催收短信（模型信号）：${f.vars.value}`);
    for (const c of MODEL_CATEGORIES) expect(BUILTIN_MESSAGES[`model/${c}`]?.message.en).toContain('{value}');
  });
});

describe('model bundle', () => {
  const importsOf = (file: string): string[] =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  const resolveTs = (from: string, spec: string): string => {
    const base = resolve(dirname(from), spec);
    const candidates = [base, `${base}.ts`, join(base, 'index.ts')];
    return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? base;
  };

  it('keeps model.json out of core/model (the main thread) and in core/index (the worker)', () => {
    const closure = (entry: string): string[] => {
      const seen = new Set<string>();
      const visit = (file: string): void => {
        if (seen.has(file)) return;
        seen.add(file);
        if (file.endsWith('.ts')) for (const spec of importsOf(file)) visit(resolveTs(file, spec));
      };
      visit(join(ROOT, entry));
      return [...seen].map((f) => relative(ROOT, f));
    };
    expect(closure('src/core/model.ts')).not.toContain('src/core/classifier/model.json');
    expect(closure('src/core/index.ts')).toContain('src/core/classifier/model.json');
  });
});

describe('threshold tuning', () => {
  const at = (v: number): Record<(typeof MODEL_CATEGORIES)[number], number> =>
    Object.fromEntries(MODEL_CATEGORIES.map((c) => [c, c === 'threat' ? v : 0])) as never;

  it('lets through no more lawful messages and clauses than the budget allows', () => {
    const lawful = Array.from({ length: 100 }, (_, i) => ({ whole: at(i / 100), clauses: [at(i / 200)] }));
    const t = tuneThresholds(lawful, { messages: 0.05, clauses: 0.01 });
    expect(lawful.filter((o) => o.whole.threat > t.threat).length).toBeLessThanOrEqual(5);
    expect(lawful.filter((o) => o.clauses[0]!.threat > t.threat).length).toBeLessThanOrEqual(1);
    expect(lawful.filter((o) => o.whole.threat > t.threat).length).toBeGreaterThan(0);
  });
});
