import { canonicalJson } from '../hash/canonical-json';
import { sha256Hex } from '../hash/sha256';
import type { Ruleset } from './rule';

/**
 * SHA-256 (hex) of the canonical JSON of the rules sorted by id (the file path a rule came from is left out) and,
 * when a pack overlay was applied, of the pack itself: any change of the pack (a reason, a revision) voids approvals.
 */
export function rulesetHash(ruleset: Ruleset): Promise<string> {
  const rules = [...ruleset.rules]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ file: _file, ...rule }) => rule);
  return sha256Hex(canonicalJson(ruleset.pack === undefined ? rules : { rules, pack: ruleset.pack }));
}
