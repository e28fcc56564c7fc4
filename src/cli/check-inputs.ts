import { defaultRuleset, loadRuleset, loadSamples } from '../core/index';
import type { Problem, Ruleset, Sample, TemplateMeta } from '../core/index';
import { parseMeta } from '../core/meta/schema';
import { UsageError } from './io';
import { jsonFilesIn, readFile, siblingMeta, templateFiles } from './read-inputs';

/** One template to check, with the meta that applies to it (none when absent or invalid). */
export interface TemplateInput {
  file: string;
  source: string;
  meta?: TemplateMeta;
}

/**
 * What `check` works with: the valid rules, samples, metas and templates, and a problem for every input that was
 * invalid or could not be read (reported, then the check runs with the valid rest).
 */
export interface CheckInputs {
  ruleset: Ruleset;
  samples?: Sample[];
  templates: TemplateInput[];
  problems: Problem[];
}

export interface InputFlags {
  rules?: string | undefined;
  samples?: string | undefined;
  meta?: string | undefined;
  stdin?: boolean | undefined;
}

/** The rules of `--rules` (or the repo's); their load problems move to `problems`, once, not into every report. */
function rulesFrom(dir: string | undefined, problems: Problem[]): Ruleset {
  if (dir === undefined) return defaultRuleset();
  const { files, problems: found } = jsonFilesIn(dir, '--rules');
  if (Object.keys(files).length === 0 && found.length === 0) throw new UsageError(`no rules (*.json) in ${dir}`);
  problems.push(...found);
  const loaded = loadRuleset(files);
  const ruleset = loaded.ok ? loaded.value : (loaded.partial ?? { rules: [], problems: loaded.problems });
  problems.push(...ruleset.problems);
  return { rules: ruleset.rules, problems: [] };
}

function samplesFrom(dir: string | undefined, problems: Problem[]): Sample[] | undefined {
  if (dir === undefined) return undefined;
  const { files, problems: found } = jsonFilesIn(dir, '--samples');
  if (Object.keys(files).length === 0 && found.length === 0) throw new UsageError(`no samples (*.json) in ${dir}`);
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

/** Reads every input of `check`; a file that is invalid becomes a problem, never the end of the run. */
export async function readCheckInputs(
  flags: InputFlags,
  paths: readonly string[],
  readStdin: () => Promise<string>,
): Promise<CheckInputs> {
  const problems: Problem[] = [];
  const ruleset = rulesFrom(flags.rules, problems);
  const samples = samplesFrom(flags.samples, problems);
  const flagMeta = flags.meta === undefined ? undefined : { meta: metaFrom(flags.meta, problems) };
  const found = templateFiles(paths);
  problems.push(...found.problems);
  const templates: TemplateInput[] = [];
  for (const file of found.files) {
    const read = readFile(file);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const meta = flagMeta ? flagMeta.meta : metaFrom(siblingMeta(file), problems);
    templates.push({ file, source: read.value, ...(meta === undefined ? {} : { meta }) });
  }
  if (flags.stdin) {
    const meta = flagMeta?.meta;
    templates.push({ file: '<stdin>', source: await readStdin(), ...(meta === undefined ? {} : { meta }) });
  }
  if (templates.length === 0 && found.files.length === 0 && found.problems.length === 0) {
    throw new UsageError(`no *.liquid or *.txt templates in ${paths.join(' ')}`, problems);
  }
  return samples === undefined ? { ruleset, templates, problems } : { ruleset, samples, templates, problems };
}
