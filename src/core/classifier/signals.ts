import type { Matchable } from '../match/matchable';
import type { RawHit } from '../rules/kinds/define-kind';
import { classify, modelGramTable, seedGramTable } from './classify';
import type { GramTableData } from './gram-table';
import { MODEL_FINDINGS, type ModelFindingSource } from './messages';
import type { ClassifierModel } from './model-types';
import modelJson from './model.json';

/** The committed model (`npm run train` writes it); imported here only, so only the check's bundle carries it. */
export const MODEL = modelJson as ClassifierModel;

/** The committed model's n-gram trie, for a build to carry (`seedModelGramTable`). */
export const committedModelGramTable = (): GramTableData => modelGramTable(MODEL);

/** Takes the trie a build made with `committedModelGramTable` from this same model. */
export const seedModelGramTable = (data: GramTableData): void => seedGramTable(MODEL, data);

/**
 * The model's findings for one rendered text: per category above its threshold, a hit on the span that drove it
 * most, `{match}` its text and `{value}` the top spans (「…」 each, in the text's own spelling).
 */
export function modelHits(
  text: Matchable,
  model: ClassifierModel = MODEL,
): { rule: ModelFindingSource; hit: RawHit }[] {
  return classify(model, text).map((signal) => {
    const top = signal.drivers[0];
    const value = signal.drivers.map((d) => `「${text.text.slice(d.start, d.end)}」`).join('');
    const hit: RawHit = { vars: { value } };
    if (top) Object.assign(hit, { start: top.start, end: top.end, match: text.text.slice(top.start, top.end) });
    return { rule: MODEL_FINDINGS[signal.category], hit };
  });
}
