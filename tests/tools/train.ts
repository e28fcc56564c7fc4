import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { checkTemplate, defaultRuleset, defaultSamples, type Category } from '../../src/core/index';
import { scores } from '../../src/core/classifier/classify';
import {
  crossValidate,
  flagged,
  tuneThresholds,
  type OutOfFold,
  type Scores,
} from '../../src/core/classifier/evaluate';
import { MODEL_CATEGORIES, type ModelCategory } from '../../src/core/classifier/model-types';
import { clausesOf, featuresOf, train, type TrainingExample } from '../../src/core/classifier/train';
import { CORPUS_DIR, HELD_OUT, HELD_OUT_LABEL, loadCorpus } from '../core/classifier/corpus';

/**
 * `npm run train`: trains src/core/classifier/model.json on tests/fixtures/corpus/*.json except the held-out rounds (the blind
 * evaluation rounds), tunes the thresholds by 5-fold cross-validation and prints the evaluation table (rules only,
 * model only, rules + model) for tests/fixtures/corpus/README.md. Deterministic: the same corpus gives the same bytes.
 */
const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '..')}/`;
const CORPUS = `${ROOT}${CORPUS_DIR}`;
const MODEL_FILE = `${ROOT}src/core/classifier/model.json`;
const K = 5;
/**
 * What the model alone may flag out of fold: 3 % of lawful messages (the issue allows 5 %; a margin for unseen text)
 * and 1 % of their clauses (a greeting or a half-typed template must not read as abusive).
 */
const BUDGET = { messages: 0.03, clauses: 0.01 };
const FORM_CATEGORIES: readonly Category[] = ['missing_element', 'structure', 'length', 'policy'];

const training = loadCorpus(CORPUS, (f) => !HELD_OUT.test(f));
const blind = loadCorpus(CORPUS, (f) => HELD_OUT.test(f));

const oof = crossValidate(training, K);
const thresholds = tuneThresholds(
  oof.filter((_, i) => training[i]!.lawful),
  BUDGET,
);
const trainedOn =
  `${training.length} messages of tests/fixtures/corpus (${HELD_OUT_LABEL} held out), one-vs-rest logistic regression over ` +
  `character 1-3-grams; thresholds from ${K}-fold cross-validation (lawful messages flagged <= ` +
  `${BUDGET.messages * 100}%, their clauses <= ${BUDGET.clauses * 100}%)`;
const model = train(training, {}, thresholds, trainedOn);
writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);

const ruleset = defaultRuleset();
const samples = defaultSamples();
const ruleCache = new Map<string, Set<Category>>();
/** The content categories of the rules' error findings for a message checked as a plain-text template. */
function ruleFlag(text: string): Set<Category> {
  let found = ruleCache.get(text);
  if (!found) {
    const report = checkTemplate({ source: text }, { ruleset, samples, classifier: false });
    const errors = report.findings.filter((f) => f.severity === 'error' && !FORM_CATEGORIES.includes(f.category));
    ruleCache.set(text, (found = new Set(errors.map((f) => f.category))));
  }
  return found;
}
const above = (s: Scores): ModelCategory[] => MODEL_CATEGORIES.filter((c) => s[c] > thresholds[c]);
const pct = (n: number, d: number): string => `${n}/${d} = ${((100 * n) / d).toFixed(1)}%`;

function rows(label: string, messages: readonly TrainingExample[], scores: readonly OutOfFold[]): string[] {
  const rules = messages.map((m) => ruleFlag(m.text).size > 0);
  const modelFlag = scores.map((s) => flagged(s.whole, thresholds));
  const clauses = scores.flatMap((s) => s.clauses);
  const clausesFlagged = clauses.filter((s) => flagged(s, thresholds)).length;
  const count = (lawful: boolean, f: (i: number) => boolean): string => {
    const idx = messages.flatMap((m, i) => (m.lawful === lawful ? [i] : []));
    return pct(idx.filter(f).length, idx.length);
  };
  const row = (what: string, f: (i: number) => boolean, clauseCell = '—'): string =>
    `| ${label} | ${what} | ${count(false, f)} | ${count(true, f)} | ${clauseCell} |`;
  return [
    row('rules only', (i) => rules[i]!),
    row('model only', (i) => modelFlag[i]!, pct(clausesFlagged, clauses.length)),
    row('rules + model', (i) => rules[i]! || modelFlag[i]!),
  ];
}

function perCategory(messages: readonly TrainingExample[], scores: readonly OutOfFold[]): string[] {
  return MODEL_CATEGORIES.map((c) => {
    const idx = messages.flatMap((m, i) => (m.labels.includes(c) ? [i] : []));
    const model = idx.filter((i) => above(scores[i]!.whole).includes(c)).length;
    const either = idx.filter((i) => above(scores[i]!.whole).includes(c) || ruleFlag(messages[i]!.text).has(c)).length;
    return `| ${c} | ${pct(model, idx.length)} | ${pct(either, idx.length)} |`;
  });
}

const scoreOf = (text: string): Scores => scores(model, featuresOf(text));
const blindScores = blind.map((m) => ({
  whole: scoreOf(m.text),
  clauses: m.lawful ? clausesOf(m.text).map(scoreOf) : [],
}));
const bytes = readFileSync(MODEL_FILE);
const weights = MODEL_CATEGORIES.map((c) => Object.keys(model.categories[c].weights).length).join('/');
console.log(
  [
    `model: ${MODEL_FILE} (${bytes.length} bytes, ${gzipSync(bytes).length} gzip; ${weights} weights)`,
    `thresholds: ${MODEL_CATEGORIES.map((c) => `${c} ${thresholds[c]}`).join(', ')}`,
    '',
    '| corpus | signal | violating flagged | lawful flagged | lawful clauses flagged |',
    '|---|---|---|---|---|',
    ...rows(`training corpus, ${K}-fold CV`, training, oof),
    ...rows(`${HELD_OUT_LABEL} (held out)`, blind, blindScores),
    '',
    `| category (${HELD_OUT_LABEL}) | model/<category> | rule error or model/<category> |`,
    '|---|---|---|',
    ...perCategory(blind, blindScores),
  ].join('\n'),
);
