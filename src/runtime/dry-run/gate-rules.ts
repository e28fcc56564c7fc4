import { defaultRuleset, loadRuleset, type Rule, type Ruleset, type VerifiedBundle } from '../../core/index';

const filesOf = (rules: readonly Rule[]): Record<string, unknown> =>
  Object.fromEntries(rules.map(({ id, file: _file, ...rule }) => [`rules/${id}.json`, rule]));

/**
 * The rules the send-time gate runs: the repo's, with the rule pack the bundle carries (the one its approvals were
 * made under) applied. A bundle's pack was verified with the bundle, so a pack problem here means the pack does not
 * fit these rules: its valid part still applies and the summary's `gateRuleset.sameAsBundle` says they differ.
 */
export function gateRuleset(bundle: VerifiedBundle): Ruleset {
  const base = defaultRuleset();
  if (!bundle.pack) return base;
  const loaded = loadRuleset(filesOf(base.rules), JSON.parse(JSON.stringify(bundle.pack)) as unknown);
  return loaded.ok ? loaded.value : (loaded.partial ?? base);
}
