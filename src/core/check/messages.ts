import type { Ruleset } from '../rules/rule';
import { MODEL_FINDINGS } from '../classifier/messages';
import { MISSING_VALUE } from './builtin';
import type { MessageSource } from './format-finding';

/** Built-in findings (not from a rule file), by message id: a missing value and the model's `model/<category>`. */
export const BUILTIN_MESSAGES: Readonly<Record<string, MessageSource>> = {
  [MISSING_VALUE.id]: MISSING_VALUE,
  ...Object.fromEntries(Object.values(MODEL_FINDINGS).map((m) => [m.id, m])),
};

/** The words of every finding a check under `ruleset` can report, by message id: what `formatFinding` needs. */
export function messageSources(ruleset: Ruleset): Record<string, MessageSource> {
  const out: Record<string, MessageSource> = {};
  for (const [id, m] of Object.entries(BUILTIN_MESSAGES)) out[id] = { title: m.title, message: m.message };
  for (const r of ruleset.rules) out[r.id] = { title: r.title, message: r.message };
  return out;
}
