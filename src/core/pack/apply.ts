import { parseJson } from '../json/parse-json';
import { normaliseTerm } from '../match/matchable';
import { fail, ok, problemsFromZod, type Problem, type Result } from '../result';
import { compiledRule } from '../rules/compiled';
import { expandParams, type Lookup } from '../rules/fragments/expand';
import type { KindRegistry } from '../rules/kinds/index';
import type { Rule, Ruleset } from '../rules/rule';
import { orgTermsRuleFile } from './org-terms';
import { rulePackSchema, type RulePack } from './schema';

/** Loads one rule file (the same validation and compile as `rules/`); given by the caller to avoid a circle. */
export type LoadOne = (file: string, json: unknown) => { rule?: Rule; problems: Problem[] };

const problem = (code: string, path: (string | number)[], message: string, ruleId?: string): Problem => ({
  code,
  message: `pack → ${path.join('.')}: ${message}`,
  file: 'pack',
  path,
  ...(ruleId === undefined ? {} : { ruleId }),
});

/** The data a problem's wording needs (e.g. the fragment name), kept when the problem moves into the pack. */
const withData = (p: Problem): Pick<Problem, 'params'> => (p.params === undefined ? {} : { params: p.params });

/** Reads a pack overlay (its text or a parsed value): `pack/json`, `pack/invalid` with the JSON path. */
export function parsePack(input: unknown, file = 'pack'): Result<RulePack> {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input, 'pack/json', file);
    if (!parsed.ok) return fail(parsed.problems);
    value = parsed.value;
  }
  const parsed = rulePackSchema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail(problemsFromZod(parsed.error.issues, 'pack/invalid', file));
}

function withParams(
  rule: Rule,
  params: Record<string, unknown>,
  registry: KindRegistry,
  fragments: Lookup,
): Result<Rule> {
  const kind = registry[rule.kind];
  const expanded = expandParams(params, kind?.regexParams, fragments, []);
  if (expanded.issues.length > 0)
    return fail(expanded.issues.map(({ code, message, path, params }) => ({ code, message, path, params })));
  const checked = kind?.params.safeParse(expanded.value);
  if (!kind || !checked?.success) {
    const issues = checked?.error?.issues ?? [];
    return fail(problemsFromZod(issues, 'pack/invalid-param'));
  }
  const next: Rule = { ...rule, params: checked.data };
  const issues = compiledRule(next, registry)?.issues ?? [];
  const fatal = issues.filter((i) => i.fatal);
  return fatal.length > 0 ? fail(fatal.map((i) => ({ code: i.code, message: i.message, path: i.path }))) : ok(next);
}

/** Params the `elements` imply for each `required` rule: registered signatures, accepted hotlines and channels. */
function elementParams(rule: Rule, elements: NonNullable<RulePack['elements']>): Record<string, unknown> | undefined {
  if (rule.kind !== 'required') return undefined;
  const element = (rule.params as { element?: string }).element;
  if (element === 'signature' && elements.signatures?.length) return { registered: elements.signatures };
  if (element === 'hotline') {
    const accept = [...(elements.hotlines ?? []), ...(elements.objection ?? [])];
    return accept.length > 0 ? { accept } : undefined;
  }
  if (element === 'repayment_channel' && elements.channels?.length) return { accept: elements.channels };
  return undefined;
}

/**
 * Applies a pack overlay to a loaded ruleset: severity overrides (`off` removes the rule), parameter changes
 * (validated by the rule's kind), the organisation's elements (registered signatures, own hotlines/channels) and own
 * term lists (rules `org-…`). A param change may use the ruleset's fragments (`{{name}}`) where the rule's kind takes
 * regexes, as rule files do; an unknown or misused name is a problem at its JSON path. Unknown rule ids, invalid params, a term its own allow phrase covers and duplicate ids
 * are problems naming the JSON path; the valid part still applies (`partial`). The pack travels in the ruleset, so
 * `rulesetHash` covers it.
 */
export function applyPack(
  base: Ruleset,
  pack: RulePack,
  registry: KindRegistry,
  fragments: Lookup,
  loadOne: LoadOne,
): Result<Ruleset> {
  const problems: Problem[] = [];
  const rules = new Map(base.rules.map((r) => [r.id, r]));
  for (const [i, t] of (pack.terms ?? []).entries()) {
    if (rules.has(t.id)) {
      problems.push(problem('pack/duplicate-id', ['terms', i, 'id'], `rule id “${t.id}” already exists`, t.id));
      continue;
    }
    const allow = new Set((t.allow ?? []).map(normaliseTerm));
    const covered = t.terms.findIndex((term) => allow.has(normaliseTerm(term)));
    if (covered >= 0) {
      const msg = `term “${t.terms[covered]}” is also an allow phrase, so it can never match`;
      problems.push(problem('pack/allow-covers-term', ['terms', i, 'terms', covered], msg, t.id));
      continue;
    }
    const loaded = loadOne(`pack/${t.id}.json`, orgTermsRuleFile(t));
    for (const p of loaded.problems) problems.push({ ...p, file: 'pack', path: ['terms', i, ...(p.path ?? [])] });
    if (loaded.rule) rules.set(t.id, { ...loaded.rule, file: 'pack' });
  }
  for (const [id, change] of Object.entries(pack.params ?? {})) {
    const rule = rules.get(id);
    if (!rule) {
      problems.push(problem('pack/unknown-rule', ['params', id], `no rule “${id}”`, id));
      continue;
    }
    const { reason: _reason, ...values } = change;
    const next = withParams(rule, { ...(rule.params as object), ...values }, registry, fragments);
    if (next.ok) rules.set(id, next.value);
    else {
      const at = (p: Problem) => ['params', id, ...(p.path ?? [])];
      problems.push(...next.problems.map((p) => ({ ...problem(p.code, at(p), p.message, id), ...withData(p) })));
    }
  }
  if (pack.elements) {
    for (const rule of [...rules.values()]) {
      const extra = elementParams(rule, pack.elements);
      if (!extra) continue;
      const next = withParams(rule, { ...(rule.params as object), ...extra }, registry, fragments);
      if (next.ok) rules.set(rule.id, next.value);
      else problems.push(...next.problems.map((p) => problem(p.code, ['elements'], p.message, rule.id)));
    }
  }
  for (const [id, examples] of Object.entries(pack.examples ?? {})) {
    const rule = rules.get(id);
    if (!rule) {
      problems.push(problem('pack/unknown-rule', ['examples', id], `no rule “${id}”`, id));
      continue;
    }
    const pass = [...rule.examples.pass, ...(examples.pass ?? [])];
    const failing = [...rule.examples.fail, ...(examples.fail ?? [])];
    rules.set(id, { ...rule, examples: { pass, fail: failing } });
  }
  for (const [id, o] of Object.entries(pack.overrides ?? {})) {
    const rule = rules.get(id);
    if (!rule) {
      problems.push(problem('pack/unknown-rule', ['overrides', id], `no rule “${id}”`, id));
      continue;
    }
    if (o.severity === 'off') rules.delete(id);
    else rules.set(id, { ...rule, severity: o.severity });
  }
  const ruleset: Ruleset = {
    rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    problems: [...base.problems, ...problems],
    pack,
    ...(base.fragments === undefined ? {} : { fragments: base.fragments }),
  };
  return problems.length === 0 ? ok(ruleset) : fail(problems, ruleset);
}
