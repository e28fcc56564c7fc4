import type { Matchable } from '../match/matchable';
import { featureText, firstGrams, MAX_GRAM, type GramAt } from './features';
import { childOf, gramTable, gramTableOf, rowOf, type GramTable, type GramTableData } from './gram-table';
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

/** The model as a typed trie of its n-grams (for reading texts), and as one lookup per n-gram (for `scores`). */
interface Compiled {
  bias: number[];
  threshold: number[];
  table: GramTable;
  /** each n-gram's weight in every category (model order, 0 where it has none); made on first use */
  weights?: Map<string, Float64Array>;
}

const compiledModels = new WeakMap<ClassifierModel, Compiled>();
const seededTables = new WeakMap<ClassifierModel, GramTableData>();

function weightsOf(model: ClassifierModel): Map<string, Float64Array> {
  const weights = new Map<string, Float64Array>();
  MODEL_CATEGORIES.forEach((category, k) => {
    for (const [gram, w] of Object.entries(model.categories[category].weights)) {
      let row = weights.get(gram);
      if (!row) weights.set(gram, (row = new Float64Array(MODEL_CATEGORIES.length)));
      row[k] = w;
    }
  });
  return weights;
}

function compile(model: ClassifierModel): Compiled {
  let c = compiledModels.get(model);
  if (c) return c;
  const of = (key: 'bias' | 'threshold'): number[] => MODEL_CATEGORIES.map((cat) => model.categories[cat][key]);
  const seeded = seededTables.get(model);
  c = {
    bias: of('bias'),
    threshold: of('threshold'),
    table: seeded ? gramTableOf(seeded) : gramTable(weightsOf(model)),
  };
  compiledModels.set(model, c);
  return c;
}

/** The typed trie of `model`'s n-grams, for a build to carry (see `seedGramTable`). */
export function modelGramTable(model: ClassifierModel): GramTableData {
  const { first, keys, children, rowAt, flat, width } = compile(model).table;
  return { first, keys, children, rowAt, flat, width };
}

/**
 * Takes the trie `modelGramTable` made of this same model (a build, from the committed model.json), so the first
 * classification does not build it again; nothing once `model` was used.
 */
export function seedGramTable(model: ClassifierModel, data: GramTableData): void {
  if (!compiledModels.has(model)) seededTables.set(model, data);
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Log-odds per category (model order) and the n-grams of the text the model knows, with their weights. */
function logOdds(c: Compiled, model: ClassifierModel, grams: readonly GramAt[]) {
  const z = [...c.bias];
  const known: [GramAt, Float64Array][] = [];
  const weights = (c.weights ??= weightsOf(model));
  for (const g of grams) {
    const row = weights.get(g.gram);
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

/** A unit of the text as `featureText` reads it (digits as 0, surrogates as U+FFFD), without building that text. */
const featureUnit = (norm: string, i: number): number => {
  const c = norm.charCodeAt(i);
  return c >= 0x30 && c <= 0x39 ? 0x30 : c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
};

let reading = 0;

/**
 * `logOdds` over the typed trie: the same sums in the same order (first occurrences, by start then length), so the
 * same floating-point result. `onKnown` (for the drivers) sees each counted n-gram.
 */
function logOddsOfText(c: Compiled, norm: string, onKnown?: (g: KnownGram) => void): number[] {
  const t = c.table;
  const { first, rowAt, flat, seen } = t;
  // NOTE: an Int32Array `seen`; after 2^31 - 1 readings the marks start again from a cleared table.
  if (reading === 0x7fffffff) {
    reading = 0;
    seen.fill(0);
  }
  const mark = ++reading;
  // NOTE: one local per category of MODEL_CATEGORIES (six) rather than an array: the sums stay in registers, about a
  // quarter of a text's reading measured.
  let z0 = c.bias[0]!,
    z1 = c.bias[1]!,
    z2 = c.bias[2]!,
    z3 = c.bias[3]!,
    z4 = c.bias[4]!,
    z5 = c.bias[5]!;
  const length = norm.length;
  for (let i = 0; i < length; i++) {
    let node = first[featureUnit(norm, i)]!;
    for (let n = 1; node !== 0;) {
      const at = rowAt[node]!;
      if (at >= 0 && seen[node] !== mark) {
        seen[node] = mark;
        z0 += flat[at]!;
        z1 += flat[at + 1]!;
        z2 += flat[at + 2]!;
        z3 += flat[at + 3]!;
        z4 += flat[at + 4]!;
        z5 += flat[at + 5]!;
        if (onKnown !== undefined) onKnown({ start: i, length: n, row: rowOf(t, node) });
      }
      if (++n > MAX_GRAM || i + n > length) break;
      node = childOf(t, node, featureUnit(norm, i + n - 1));
    }
  }
  return [z0, z1, z2, z3, z4, z5];
}

/** @internal the log-odds `classify` reads (the typed trie), for the test that they equal `scores`' bit for bit */
export const classifyLogOdds = (model: ClassifierModel, norm: string): number[] => logOddsOfText(compile(model), norm);

/** The probability of every category for a feature text (see `featureText`); cross-validation uses this. */
export function scores(model: ClassifierModel, features: string): Record<ModelCategory, number> {
  const { z } = logOdds(compile(model), model, firstGrams(features));
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
  const z = logOddsOfText(c, text.norm);
  if (!z.some((zk, k) => sigmoid(zk) > c.threshold[k]!)) return [];
  // NOTE: most texts pass no threshold; only those that do read their n-grams again for the drivers.
  const known: KnownGram[] = [];
  logOddsOfText(c, text.norm, (g) => known.push(g));
  const features = featureText(text.norm);
  const signals: ModelSignal[] = [];
  MODEL_CATEGORIES.forEach((category, k) => {
    const probability = sigmoid(z[k]!);
    if (probability > c.threshold[k]!)
      signals.push({ category, probability, drivers: drivers(features, known, k, text) });
  });
  return signals;
}
