/** The categories the classifier scores (one-vs-rest), in model order. */
export const MODEL_CATEGORIES = [
  'threat',
  'third_party',
  'impersonation',
  'false_consequence',
  'insult',
  'privacy',
] as const;
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

/** Per category: the intercept, the probability above which it reports, and the weight of each kept n-gram. */
export interface CategoryModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

/**
 * A trained classifier as data (src/core/classifier/model.json): one-vs-rest logistic regression over the
 * presence of character 1–3-grams of the normalised text (digits read as 0).
 */
export interface ClassifierModel {
  version: 1;
  /** what it was trained on and how (for people; never read by the code) */
  trainedOn: string;
  categories: Record<ModelCategory, CategoryModel>;
}
