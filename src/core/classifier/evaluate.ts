import { scores } from './classify';
import { MODEL_CATEGORIES, type ModelCategory } from './model-types';
import { clausesOf, featuresOf, train, type TrainingExample, type TrainOptions } from './train';

export type Scores = Record<ModelCategory, number>;

/** Out-of-fold scores of one example: the whole message and, for a lawful one, each of its clauses. */
export interface OutOfFold {
  whole: Scores;
  clauses: Scores[];
}

/**
 * k-fold cross-validation with deterministic folds (example i is in fold i mod k): every example (and every
 * clause of a lawful one) scored by a model that never saw it.
 */
export function crossValidate(
  examples: readonly TrainingExample[],
  k: number,
  options: Partial<TrainOptions> = {},
): OutOfFold[] {
  const out: OutOfFold[] = new Array<OutOfFold>(examples.length);
  for (let fold = 0; fold < k; fold++) {
    const model = train(
      examples.filter((_, i) => i % k !== fold),
      options,
    );
    examples.forEach((e, i) => {
      if (i % k !== fold) return;
      const clauses = e.lawful ? clausesOf(e.text).map((c) => scores(model, featuresOf(c))) : [];
      out[i] = { whole: scores(model, featuresOf(e.text)), clauses };
    });
  }
  return out;
}

/** Whether any category is above its threshold. */
export const flagged = (s: Scores, thresholds: Scores): boolean => MODEL_CATEGORIES.some((c) => s[c] > thresholds[c]);

/** How many lawful texts flag at most: shares of the lawful messages and of their clauses. */
export interface LawfulBudget {
  messages: number;
  clauses: number;
}

/**
 * Per-category thresholds from the out-of-fold scores of lawful messages and their clauses (a half-typed template
 * is a clause): every category lets the same top share `q` of its lawful scores through (threshold = the score at
 * that rank, rounded up to `decimals`), with the largest `q` (in steps of 0.1 %) for which both budgets hold.
 */
export function tuneThresholds(lawful: readonly OutOfFold[], budget: LawfulBudget, decimals = 4): Scores {
  const scale = 10 ** decimals;
  const messages = lawful.map((o) => o.whole);
  const clauses = lawful.flatMap((o) => o.clauses);
  const all = [...messages, ...clauses];
  const sorted = MODEL_CATEGORIES.map((c) => all.map((s) => s[c]).sort((a, b) => b - a));
  const at = (q: number): Scores => {
    const t = {} as Scores;
    MODEL_CATEGORIES.forEach((c, j) => {
      const list = sorted[j]!;
      t[c] = Math.min(1, Math.ceil((list[Math.floor(q * list.length)] ?? 0) * scale) / scale);
    });
    return t;
  };
  const within = (texts: readonly Scores[], share: number, t: Scores): boolean =>
    texts.filter((s) => flagged(s, t)).length <= share * texts.length;
  let best = at(0);
  for (let step = 1; step <= 1000; step++) {
    const t = at(step / 1000);
    if (!within(messages, budget.messages, t) || !within(clauses, budget.clauses, t)) break;
    best = t;
  }
  return best;
}
