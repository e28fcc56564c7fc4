import { normalise } from '../text/normalise';
import { featureText, firstGrams } from './features';
import { MODEL_CATEGORIES, type CategoryModel, type ClassifierModel, type ModelCategory } from './model-types';

/** One labelled message: `labels` are the model categories it commits; `lawful` marks the lawful corpus. */
export interface TrainingExample {
  text: string;
  labels: readonly ModelCategory[];
  lawful: boolean;
}

/** Training settings (defaults in TRAIN_DEFAULTS). */
export interface TrainOptions {
  /** full-batch AdaGrad steps per category */
  iterations: number;
  /** AdaGrad step size */
  rate: number;
  /** L2 penalty on the n-gram weights (not the bias), per example */
  l2: number;
  /** an n-gram must occur in at least this many training messages */
  minCount: number;
  /** weights smaller than this (in absolute value, after rounding) are dropped from the model */
  minWeight: number;
  /** decimals kept in weights, biases and thresholds */
  decimals: number;
}

export const TRAIN_DEFAULTS: TrainOptions = {
  iterations: 300,
  rate: 0.2,
  l2: 0.002,
  minCount: 3,
  minWeight: 0.02,
  decimals: 4,
};

const CLAUSE_END = /[，。；！？,.;!?\n]+/;

/** The clauses of a message (split at sentence and clause punctuation), when it has more than one. */
export function clausesOf(text: string): string[] {
  const clauses = text.split(CLAUSE_END).filter((c) => c.trim() !== '');
  return clauses.length > 1 ? clauses : [];
}

/**
 * The examples trained on: each one given, plus every clause of a lawful message as a lawful example of its own
 * (a part of a lawful message is lawful), so short texts — a greeting, a template half typed — learn the prior.
 */
export function withClauses(examples: readonly TrainingExample[]): TrainingExample[] {
  return examples.flatMap((e) => {
    if (!e.lawful) return [e];
    return [e, ...clausesOf(e.text).map((text) => ({ text, labels: [], lawful: true }))];
  });
}

/** The feature text of a message: normalised, digits as 0. */
export const featuresOf = (text: string): string => featureText(normalise(text).text);

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sparse documents over a vocabulary sorted by code unit: the same examples always give the same arrays. */
function vectorise(examples: readonly TrainingExample[], minCount: number): { vocab: string[]; docs: Int32Array[] } {
  const grams = examples.map((e) => firstGrams(featuresOf(e.text)).map((g) => g.gram));
  const counts = new Map<string, number>();
  for (const doc of grams) for (const g of doc) counts.set(g, (counts.get(g) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= minCount).map(([g]) => g);
  vocab.sort(byCodeUnit);
  const index = new Map(vocab.map((g, i) => [g, i]));
  const docs = grams.map((doc) => {
    const ids = doc.flatMap((g) => (index.has(g) ? [index.get(g)!] : []));
    return Int32Array.from(ids.sort((a, b) => a - b));
  });
  return { vocab, docs };
}

/** One-vs-rest logistic regression for one category by full-batch AdaGrad; returns [bias, ...weights]. */
function fit(docs: readonly Int32Array[], y: Uint8Array, size: number, o: TrainOptions): Float64Array {
  const w = new Float64Array(size + 1);
  const sq = new Float64Array(size + 1);
  const grad = new Float64Array(size + 1);
  const n = docs.length;
  for (let it = 0; it < o.iterations; it++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const doc = docs[i]!;
      let z = w[0]!;
      for (let k = 0; k < doc.length; k++) z += w[doc[k]! + 1]!;
      const err = (1 / (1 + Math.exp(-z)) - y[i]!) / n;
      grad[0] = grad[0]! + err;
      for (let k = 0; k < doc.length; k++) grad[doc[k]! + 1] = grad[doc[k]! + 1]! + err;
    }
    for (let j = 0; j <= size; j++) {
      const g = grad[j]! + (j === 0 ? 0 : o.l2 * w[j]!);
      if (g === 0) continue;
      sq[j] = sq[j]! + g * g;
      w[j] = w[j]! - (o.rate * g) / Math.sqrt(sq[j]!);
    }
  }
  return w;
}

/**
 * Trains the classifier: deterministic (sorted vocabulary, examples in the order given, no randomness) and
 * rounded to `decimals`, so the same examples and options give the same JSON byte for byte. Thresholds are 0.5
 * unless given (the training script tunes them by cross-validation).
 */
export function train(
  examples: readonly TrainingExample[],
  options: Partial<TrainOptions> = {},
  thresholds: Partial<Record<ModelCategory, number>> = {},
  trainedOn = '',
): ClassifierModel {
  const o = { ...TRAIN_DEFAULTS, ...options };
  const scale = 10 ** o.decimals;
  const round = (x: number): number => Math.round(x * scale) / scale || 0;
  const all = withClauses(examples);
  const { vocab, docs } = vectorise(all, o.minCount);
  const categories = {} as Record<ModelCategory, CategoryModel>;
  for (const category of MODEL_CATEGORIES) {
    const y = Uint8Array.from(all, (e) => (e.labels.includes(category) ? 1 : 0));
    const w = fit(docs, y, vocab.length, o);
    const weights: Record<string, number> = {};
    vocab.forEach((g, j) => {
      const v = round(w[j + 1]!);
      if (Math.abs(v) >= o.minWeight) weights[g] = v;
    });
    categories[category] = { bias: round(w[0]!), threshold: round(thresholds[category] ?? 0.5), weights };
  }
  return { version: 1, trainedOn, categories };
}
