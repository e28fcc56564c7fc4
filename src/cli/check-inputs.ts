import {
  applyPackTo,
  defaultRuleset,
  loadRegexChecker,
  loadRuleset,
  loadSamples,
  packHash,
  parseMeta,
} from '../core/index';
import type { Problem, Ruleset, Sample, TemplateMeta } from '../core/index';
import { UsageError } from './io';
import { USAGE_WORDS } from './lang';
import { jsonFilesIn, MAX_TEMPLATE_BYTES, readFile, siblingMeta, templateFiles, tooLarge } from './read-inputs';

/** One template to check, with the meta that applies to it (none when absent or invalid). */
export interface TemplateInput {
  file: string;
  source: string;
  meta?: TemplateMeta;
}

/**
 * What `check` works with before reading any template: the valid rules of `--rules` (absent: the repo's, loaded
 * where the checks run), samples and `--meta`, the template files found (names only: each is read when its turn comes), and a problem
 * for every input that was invalid or could not be read. `problems` grows while the templates are read.
 */
export interface CheckPlan {
  ruleset?: Ruleset;
  /** `--pack` given and valid enough to apply: what JSON output names */
  pack?: { file: string; name: string; revision: number; hash: string };
  samples?: Sample[];
  files: string[];
  stdin: boolean;
  /** `--meta` given: its meta (undefined when invalid) applies to every template instead of sibling metas */
  flagMeta?: { meta: TemplateMeta | undefined };
  problems: Problem[];
}

export interface InputFlags {
  rules?: string | undefined;
  pack?: string | undefined;
  samples?: string | undefined;
  meta?: string | undefined;
  stdin?: boolean | undefined;
}

/** The rules of `--rules`; their load problems move to `problems`, once, not into every report. */
function rulesFrom(dir: string, problems: Problem[]): Ruleset {
  const { files, problems: found } = jsonFilesIn(dir, '--rules');
  if (Object.keys(files).length === 0 && found.length === 0) throw new UsageError(USAGE_WORDS.noRules(dir));
  problems.push(...found);
  const loaded = loadRuleset(files);
  const ruleset = loaded.ok ? loaded.value : (loaded.partial ?? { rules: [], problems: loaded.problems });
  problems.push(...ruleset.problems);
  return { ...ruleset, problems: [] };
}

/**
 * The rules with the organisation's `--pack` overlay applied; the pack's problems (naming its JSON path) move to
 * `problems` with the pack's file name, and the valid part of the pack still applies.
 */
async function withPack(
  base: Ruleset,
  file: string,
  problems: Problem[],
): Promise<{ ruleset: Ruleset; pack?: CheckPlan['pack'] }> {
  const read = readFile(file);
  if (!read.ok) {
    problems.push(...read.problems);
    return { ruleset: base };
  }
  const loaded = applyPackTo(base, read.value);
  const ruleset = loaded.ok ? loaded.value : (loaded.partial ?? base);
  // NOTE: a pack that is not JSON or fails its schema comes back with the rules it could not change as `partial`:
  // its problems are in `loaded.problems` only.
  const found = loaded.ok ? ruleset.problems : loaded.problems;
  problems.push(
    ...found.map((p) => (p.file === 'pack' ? { ...p, file, message: p.message.replace(/^pack/, file) } : p)),
  );
  if (!ruleset.pack) return { ruleset: { rules: ruleset.rules, problems: [] } };
  const pack = { file, name: ruleset.pack.name, revision: ruleset.pack.revision, hash: await packHash(ruleset.pack) };
  return { ruleset: { rules: ruleset.rules, problems: [], pack: ruleset.pack }, pack };
}

function samplesFrom(dir: string | undefined, problems: Problem[]): Sample[] | undefined {
  if (dir === undefined) return undefined;
  const { files, problems: found } = jsonFilesIn(dir, '--samples');
  if (Object.keys(files).length === 0 && found.length === 0) throw new UsageError(USAGE_WORDS.noSamples(dir));
  problems.push(...found);
  const loaded = loadSamples(files);
  if (!loaded.ok) problems.push(...loaded.problems);
  return loaded.ok ? loaded.value : (loaded.partial ?? []);
}

function metaFrom(file: string | undefined, problems: Problem[]): TemplateMeta | undefined {
  if (file === undefined) return undefined;
  const read = readFile(file);
  const parsed = read.ok ? parseMeta(read.value, file) : read;
  if (parsed.ok) return parsed.value;
  problems.push(...parsed.problems);
  return undefined;
}

/** Reads the rules (with `--pack`), samples and `--meta` and finds the template files; reads no template yet. */
export async function planCheck(flags: InputFlags, paths: readonly string[]): Promise<CheckPlan> {
  const problems: Problem[] = [];
  if (flags.rules !== undefined || flags.pack !== undefined) await loadRegexChecker();
  const rules = flags.rules === undefined ? undefined : rulesFrom(flags.rules, problems);
  const packed = flags.pack === undefined ? undefined : await withPack(rules ?? defaultRuleset(), flags.pack, problems);
  const ruleset = packed?.ruleset ?? rules;
  const samples = samplesFrom(flags.samples, problems);
  const flagMeta = flags.meta === undefined ? undefined : { meta: metaFrom(flags.meta, problems) };
  const found = templateFiles(paths);
  problems.push(...found.problems);
  if (found.files.length === 0 && found.problems.length === 0 && !flags.stdin) {
    throw new UsageError(USAGE_WORDS.noTemplates(paths), problems);
  }
  return {
    ...(ruleset === undefined ? {} : { ruleset }),
    ...(packed?.pack === undefined ? {} : { pack: packed.pack }),
    ...(samples === undefined ? {} : { samples }),
    files: found.files,
    stdin: flags.stdin === true,
    ...(flagMeta === undefined ? {} : { flagMeta }),
    problems,
  };
}

const withMeta = (file: string, source: string, meta: TemplateMeta | undefined): TemplateInput =>
  meta === undefined ? { file, source } : { file, source, meta };

/**
 * The templates of a plan, each read when it is asked for (then stdin, if `--stdin`): a file that cannot be read,
 * is over MAX_TEMPLATE_BYTES (stdin too: reading stops there) or whose sibling meta is invalid adds its problem to
 * `plan.problems`, never ends the run.
 */
export async function* templateInputs(
  plan: CheckPlan,
  readStdin: (maxBytes: number) => Promise<string | undefined>,
): AsyncGenerator<TemplateInput> {
  for (const file of plan.files) {
    const read = readFile(file, MAX_TEMPLATE_BYTES);
    if (!read.ok) {
      plan.problems.push(...read.problems);
      continue;
    }
    yield withMeta(file, read.value, plan.flagMeta ? plan.flagMeta.meta : metaFrom(siblingMeta(file), plan.problems));
  }
  if (!plan.stdin) return;
  const text = await readStdin(MAX_TEMPLATE_BYTES);
  if (text === undefined) plan.problems.push(tooLarge('<stdin>', MAX_TEMPLATE_BYTES));
  else yield withMeta('<stdin>', text, plan.flagMeta?.meta);
}
