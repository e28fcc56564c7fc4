import type { Matchable } from '../match/matchable';
import { featureText, firstGrams, MAX_GRAM, type GramAt } from './features';
import { MODEL_CATEGORIES, type ClassifierModel, type ModelCategory } from './model-types';

/** A span of MAX_GRAM characters that pushed a category up (`gram` its feature text, `weight` its n-grams' sum). */
export interface Driver {
  gram: string;
  weight: number;
  /** 0-based UTF-16 offsets of the span in the original text */
  start: number;
  end: number;
}

/** A category whose probability passed its threshold, with the spans that drove it (largest weight first). */
export interface ModelSignal {
  category: ModelCategory;
  probability: number;
  drivers: Driver[];
}

/** A trie node of the model's n-grams by UTF-16 unit; `seen` stamps the classify call that counted it last. */
interface GramNode {
  row?: Float64Array;
  next?: Map<number, GramNode>;
  seen: number;
}

/** The model as one lookup per n-gram: its weight in every category (model order, 0 where it has none). */
interface Compiled {
  bias: number[];
  threshold: number[];
  weights: Map<string, Float64Array>;
  /** the same rows by n-gram unit by unit: a text is read without building a string per n-gram */
  root: Map<number, GramNode>;
}

const compiledModels = new WeakMap<ClassifierModel, Compiled>();

function compile(model: ClassifierModel): Compiled {
  let c = compiledModels.get(model);
  if (c) return c;
  const weights = new Map<string, Float64Array>();
  MODEL_CATEGORIES.forEach((category, k) => {
    for (const [gram, w] of Object.entries(model.categories[category].weights)) {
      let row = weights.get(gram);
      if (!row) weights.set(gram, (row = new Float64Array(MODEL_CATEGORIES.length)));
      row[k] = w;
    }
  });
  const of = (key: 'bias' | 'threshold'): number[] => MODEL_CATEGORIES.map((cat) => model.categories[cat][key]);
  c = { bias: of('bias'), threshold: of('threshold'), weights, root: trieOf(weights) };
  compiledModels.set(model, c);
  return c;
}

function trieOf(weights: Map<string, Float64Array>): Map<number, GramNode> {
  const root = new Map<number, GramNode>();
  for (const [gram, row] of weights) {
    let level = root;
    let node: GramNode | undefined;
    for (let i = 0; i < gram.length; i++) {
      node = level.get(gram.charCodeAt(i));
      if (!node) level.set(gram.charCodeAt(i), (node = { seen: 0 }));
      if (i < gram.length - 1) level = node.next ??= new Map();
    }
    if (node) node.row = row;
  }
  return root;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Log-odds per category (model order) and the n-grams of the text the model knows, with their weights. */
function logOdds(c: Compiled, grams: readonly GramAt[]): { z: number[]; known: [GramAt, Float64Array][] } {
  const z = [...c.bias];
  const known: [GramAt, Float64Array][] = [];
  for (const g of grams) {
    const row = c.weights.get(g.gram);
    if (!row) continue;
    known.push([g, row]);
    for (let k = 0; k < z.length; k++) z[k]! += row[k]!;
  }
  return { z, known };
}

/** A known n-gram's first occurrence in the feature text, with its weights. */
interface KnownGram {
  start: number;
  length: number;
  row: Float64Array;
}

let stamp = 0;

/**
 * `logOdds` over the trie: the same sums in the same order (first occurrences, by start then length), so the same
 * floating-point result, without a string and a set entry per n-gram of the text.
 */
function logOddsOfText(c: Compiled, features: string): { z: number[]; known: KnownGram[] } {
  const mark = ++stamp;
  const z = [...c.bias];
  const known: KnownGram[] = [];
  for (let i = 0; i < features.length; i++) {
    let level: Map<number, GramNode> | undefined = c.root;
    for (let n = 1; n <= MAX_GRAM && i + n <= features.length && level; n++) {
      const node: GramNode | undefined = level.get(features.charCodeAt(i + n - 1));
      if (!node) break;
      if (node.row && node.seen !== mark) {
        node.seen = mark;
        known.push({ start: i, length: n, row: node.row });
        for (let k = 0; k < z.length; k++) z[k]! += node.row[k]!;
      }
      level = node.next;
    }
  }
  return { z, known };
}

/** @internal the log-odds `classify` reads (the trie), for the test that they equal `scores`' bit for bit */
export const classifyLogOdds = (model: ClassifierModel, features: string): number[] =>
  logOddsOfText(compile(model), features).z;

/** The probability of every category for a feature text (see `featureText`); cross-validation uses this. */
export function scores(model: ClassifierModel, features: string): Record<ModelCategory, number> {
  const { z } = logOdds(compile(model), firstGrams(features));
  return Object.fromEntries(MODEL_CATEGORIES.map((cat, k) => [cat, sigmoid(z[k]!)])) as Record<ModelCategory, number>;
}

/** At most this many drivers per signal; they never overlap. */
const MAX_DRIVERS = 4;

/**
 * The spans that drove category `k`: every window of MAX_GRAM characters scored by the weights of the n-grams (first
 * occurrences, as the model counts them) that lie inside it; the best non-overlapping windows with a positive sum.
 */
function drivers(features: string, known: readonly KnownGram[], k: number, text: Matchable): Driver[] {
  const width = Math.min(MAX_GRAM, features.length);
  const sums = new Float64Array(features.length - width + 1);
  for (const g of known) {
    const { row } = g;
    const end = g.start + g.length;
    for (let i = Math.max(0, end - width); i <= g.start && i < sums.length; i++) sums[i] = sums[i]! + row[k]!;
  }
  const order = [...sums.keys()].filter((i) => sums[i]! > 0).sort((a, b) => sums[b]! - sums[a]! || a - b);
  const out: Driver[] = [];
  const taken: number[] = [];
  for (const i of order) {
    if (taken.some((t) => Math.abs(t - i) < width)) continue;
    taken.push(i);
    out.push({ gram: features.slice(i, i + width), weight: sums[i]!, ...text.toOriginal(i, i + width) });
    if (out.length === MAX_DRIVERS) break;
  }
  return out;
}

/**
 * Scores a text and returns the categories above their thresholds (model order), each with the spans that drove
 * it, mapped back to the original text.
 */
export function classify(model: ClassifierModel, text: Matchable): ModelSignal[] {
  const c = compile(model);
  const features = featureText(text.norm);
  const { z, known } = logOddsOfText(c, features);
  const signals: ModelSignal[] = [];
  MODEL_CATEGORIES.forEach((category, k) => {
    const probability = sigmoid(z[k]!);
    if (probability > c.threshold[k]!)
      signals.push({ category, probability, drivers: drivers(features, known, k, text) });
  });
  return signals;
}
