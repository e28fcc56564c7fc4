export type { Rule, Ruleset } from './rule';
import { fail, ok, problemsFromZod, type Problem, type Result } from '../result';
import { applyPack, parsePack } from '../pack/apply';
import { compiledRule } from './compiled';
import { parseJson } from '../json/parse-json';
import { KINDS } from './kinds/index';
import type { KindRegistry } from './kinds/index';
import type { Rule, Ruleset } from './rule';
import { lintMessages } from './lint-messages';
import { expandParams, lookupIn, type Lookup } from './fragments/expand';
import { isFragmentFile, loadFragments } from './fragments/load';
import { RULE_ID_RE, ruleFileSchema, type RuleFile } from './rule-schema';

const basename = (path: string): string => path.split(/[\\/]/).at(-1) ?? path;

const at = (
  file: string,
  path: (string | number)[],
  ruleId: string | undefined,
  code: string,
  message: string,
): Problem => ({
  code,
  message: `${[file, path.length > 0 ? path.join('.') : undefined].filter(Boolean).join(' → ')}: ${message}`,
  file,
  path,
  ...(ruleId === undefined ? {} : { ruleId }),
});

function loadOne(
  file: string,
  raw: unknown,
  registry: KindRegistry,
  fragments: Lookup,
): { rule?: Rule; problems: Problem[] } {
  const id = basename(file).replace(/\.json$/i, '');
  if (!RULE_ID_RE.test(id)) {
    return { problems: [at(file, [], undefined, 'rule/bad-id', `rule id “${id}” (the file name) must be kebab-case`)] };
  }
  let value = raw;
  if (typeof raw === 'string') {
    const parsed = parseJson(raw, 'rule/json', file);
    if (!parsed.ok) return { problems: parsed.problems.map((p) => ({ ...p, ruleId: id })) };
    value = parsed.value;
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (typeof kind === 'string' && !Object.hasOwn(registry, kind)) {
    return { problems: [at(file, ['kind'], id, 'rule/unknown-kind', `unknown rule kind “${kind}”`)] };
  }
  const parsed = ruleFileSchema.safeParse(value);
  if (!parsed.success) {
    return { problems: problemsFromZod(parsed.error.issues, 'rule/invalid', file).map((p) => ({ ...p, ruleId: id })) };
  }
  const def = registry[parsed.data.kind];
  if (!def)
    return { problems: [at(file, ['kind'], id, 'rule/unknown-kind', `unknown rule kind “${parsed.data.kind}”`)] };
  const expanded = expandParams(parsed.data.params, def.regexParams, fragments);
  if (expanded.issues.length > 0) {
    return { problems: expanded.issues.map((i) => ({ ...at(file, i.path, id, i.code, i.message), params: i.params })) };
  }
  const problems: Problem[] = [];
  if (def.target !== parsed.data.target) {
    const fits = def.target;
    problems.push(
      at(
        file,
        ['target'],
        id,
        'rule/bad-target',
        `target “${parsed.data.target}” does not fit kind ${def.name} (${fits})`,
      ),
    );
  }
  const params = def.params.safeParse(expanded.value);
  if (!params.success) {
    const issues = params.error.issues.map((i) => ({ ...i, path: ['params', ...i.path] }));
    problems.push(...problemsFromZod(issues, 'rule/invalid', file).map((p) => ({ ...p, ruleId: id })));
  }
  problems.push(...lintMessages(parsed.data).map((i) => at(file, i.path, id, i.code, i.message)));
  if (problems.length > 0 || !params.success) return { problems };
  const rule: Rule = { ...parsed.data, params: params.data, id, file };
  let fatal = false;
  try {
    const compiled = compiledRule(rule, registry);
    for (const issue of compiled?.issues ?? []) {
      problems.push(at(file, issue.path, id, issue.code, issue.message));
      fatal ||= issue.fatal === true;
    }
  } catch (e) {
    problems.push(at(file, ['params'], id, 'internal', `compiling the rule failed: ${(e as Error).message}`));
    fatal = true;
  }
  return fatal ? { problems } : { rule, problems };
}

/**
 * Validates rule files (`path → parsed JSON`, or the file's text, which is parsed here). Only `*.json` paths
 * are rules; the id is the file name. Files in a `fragments/` folder are named regex fragments instead
 * (`fragments/load.ts`): a rule's regex lists may write `{{name}}`, expanded here before the params are validated,
 * so a loaded rule (and the ruleset hash) holds plain patterns; the ruleset keeps the resolved fragments for packs. Problems (`rule/json`, `rule/invalid`, `rule/unknown-kind`, `rule/bad-target`,
 * `rule/bad-regex`, `rule/empty-term`, `rule/dead-allow`, `rule/dead-pattern`, `rule/duplicate-id`, `rule/bad-id`)
 * name the file and the JSON path; every valid rule keeps working (`fail(problems, partialRuleset)`).
 * A lint problem (dead allow phrase…) keeps the rule; an invalid file or a regex that does not compile drops it.
 */
export function loadRuleset(
  files: Record<string, unknown>,
  pack?: unknown,
  registry: KindRegistry = KINDS,
): Result<Ruleset> {
  const rules = new Map<string, Rule>();
  const problems: Problem[] = [];
  const jsonFiles = Object.keys(files).filter((file) => /\.json$/i.test(file));
  const fragmentFiles = jsonFiles.filter(isFragmentFile);
  const {
    fragments,
    broken,
    problems: fragmentProblems,
  } = loadFragments(Object.fromEntries(fragmentFiles.map((file) => [file, files[file]])));
  problems.push(...fragmentProblems);
  const lookup = lookupIn(fragments, broken);
  for (const file of jsonFiles.filter((f) => !isFragmentFile(f)).sort()) {
    const loaded = loadOne(file, files[file], registry, lookup);
    problems.push(...loaded.problems);
    if (!loaded.rule) continue;
    const prior = rules.get(loaded.rule.id);
    if (prior) {
      problems.push(
        at(
          file,
          [],
          loaded.rule.id,
          'rule/duplicate-id',
          `rule id “${loaded.rule.id}” is also defined by ${prior.file}`,
        ),
      );
      continue;
    }
    rules.set(loaded.rule.id, loaded.rule);
  }
  const ruleset: Ruleset = {
    rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    problems,
    ...(fragmentFiles.length > 0 ? { fragments } : {}),
  };
  if (pack !== undefined) return applyPackTo(ruleset, pack, registry);
  return problems.length === 0 ? ok(ruleset) : fail(problems, ruleset);
}

/**
 * Applies a pack overlay (text or value) to an already loaded ruleset; a pack that does not parse changes nothing.
 * The rules the pack leaves alone are the same objects (their compiled matchers are reused, nothing is validated
 * again), so adapters never rebuild rule files just to apply a pack.
 */
export function applyPackTo(ruleset: Ruleset, input: unknown, registry: KindRegistry = KINDS): Result<Ruleset> {
  const parsed = parsePack(input);
  if (!parsed.ok) return fail([...ruleset.problems, ...parsed.problems], ruleset);
  const lookup = lookupIn(ruleset.fragments ?? {});
  return applyPack(ruleset, parsed.value, registry, lookup, (file, json) => loadOne(file, json, registry, lookup));
}
