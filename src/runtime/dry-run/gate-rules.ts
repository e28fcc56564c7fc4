import { applyPackTo, defaultRuleset, type Ruleset, type VerifiedBundle } from '../../core/index';

/**
 * The rules the send-time gate runs: the repo's, with the rule pack the bundle carries (the one its approvals were
 * made under) applied. A bundle's pack was verified with the bundle, so a pack problem here means the pack does not
 * fit these rules: its valid part still applies and the summary's `gateRuleset.sameAsBundle` says they differ.
 */
export function gateRuleset(bundle: VerifiedBundle): Ruleset {
  const base = defaultRuleset();
  if (!bundle.pack) return base;
  const applied = applyPackTo(base, JSON.parse(JSON.stringify(bundle.pack)) as unknown);
  return applied.ok ? applied.value : (applied.partial ?? base);
}
