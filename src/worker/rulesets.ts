import {
  canonicalJson,
  fail,
  applyPackTo,
  ok,
  parsePack,
  type Problem,
  type Result,
  type RulePack,
  type Ruleset,
} from '../core/index';

/** A ruleset with the pack it was built from and what is wrong with that pack (JSON paths). */
export interface PackedRuleset {
  ruleset: Ruleset;
  pack?: RulePack;
  problems: Problem[];
}

/**
 * The base rules with an organisation pack (its text or value) applied; `null` or `undefined`: the base alone.
 * A pack that does not parse fails with its problems (`pack/json`, `pack/invalid`); one that parses applies, with
 * what could not apply (`pack/unknown-rule`, `pack/invalid-param`…) in `problems` and in the ruleset's problems.
 */
export function withPack(base: Ruleset, input: unknown): Result<PackedRuleset> {
  if (input === null || input === undefined) return ok({ ruleset: base, problems: [] });
  const parsed = parsePack(input);
  if (!parsed.ok) return fail(parsed.problems);
  const loaded = applyPackTo(base, parsed.value);
  const ruleset = loaded.ok ? loaded.value : loaded.partial;
  if (!ruleset) return fail(loaded.problems ?? []);
  const problems = (loaded.ok ? (loaded.problems ?? []) : loaded.problems).filter((p) => p.file === 'pack');
  return ok({ ruleset, pack: parsed.value, problems });
}

/** Remembers the last few packed rulesets by the pack's canonical JSON (candidate previews come in chunks). */
export class PackCache {
  private readonly entries: { key: string; value: Result<PackedRuleset> }[] = [];

  constructor(private readonly size = 2) {}

  get(base: Ruleset, input: unknown): Result<PackedRuleset> {
    if (input === null || input === undefined) return withPack(base, null);
    const parsed = parsePack(input);
    if (!parsed.ok) return fail(parsed.problems);
    const key = canonicalJson(parsed.value);
    const known = this.entries.find((e) => e.key === key);
    if (known) return known.value;
    const value = withPack(base, parsed.value);
    this.entries.unshift({ key, value });
    this.entries.splice(this.size);
    return value;
  }
}
