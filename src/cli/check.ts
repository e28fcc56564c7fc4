import { parseArgs } from 'node:util';
import { MISSING_VALUE } from '../core/check/builtin';
import { checkTemplate } from '../core/check/check-template';
import { defaultRuleset } from '../core/rules/defaults';
import { loadRuleset, type Ruleset } from '../core/rules/load';
import { loadSamples } from '../core/samples/load';
import { parseMeta } from '../core/meta/schema';
import type { Sample } from '../core/samples/schema';
import type { Report, TemplateMeta } from '../core/types';
import { diagnosticsFor, SEVERITY_RANK, type Diagnostic } from './diagnostics';
import { EXIT, UsageError, type Io } from './io';
import { defaultLang, LANGS, type Lang } from './lang';
import { printJson } from './print-json';
import { printSarif, type RuleInfo } from './print-sarif';
import { printText } from './print-text';
import { jsonFilesIn, readText, siblingMeta, templateFiles } from './read-inputs';
import { TOOL } from './version';

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning'] as const;

export const CHECK_USAGE = `usage: check [files or folders…] [--stdin] [--meta file] [--samples dir] [--rules dir]
             [--format text|json|sarif] [--fail-on error|warning] [--lang zh|en]
exit: 0 clean · 1 findings at or above --fail-on (default error; problems count as errors) · 2 usage or invalid input
`;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(' | ')} (got "${value}")`);
}

function metaFrom(file: string): TemplateMeta {
  const parsed = parseMeta(readText(file), file);
  if (!parsed.ok) throw new UsageError(`invalid meta ${file}`, parsed.problems);
  return parsed.value;
}

function rulesetFrom(dir: string | undefined): Ruleset {
  if (dir === undefined) return defaultRuleset();
  const loaded = loadRuleset(jsonFilesIn(dir, '--rules'));
  if (!loaded.ok) throw new UsageError(`invalid rules in ${dir}`, loaded.problems);
  if (loaded.value.rules.length === 0) throw new UsageError(`no rules (*.json) in ${dir}`);
  return loaded.value;
}

function samplesFrom(dir: string | undefined): Sample[] | undefined {
  if (dir === undefined) return undefined;
  const loaded = loadSamples(jsonFilesIn(dir, '--samples'));
  if (!loaded.ok) throw new UsageError(`invalid samples in ${dir}`, loaded.problems);
  if (loaded.value.length === 0) throw new UsageError(`no samples (*.json) in ${dir}`);
  return loaded.value;
}

/** `check`: checks templates against the rules on every sample; prints text, JSON or SARIF; returns the exit code. */
export async function runCheck(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      stdin: { type: 'boolean' },
      meta: { type: 'string' },
      samples: { type: 'string' },
      rules: { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const format = oneOf('format', values.format, FORMATS, 'text');
  const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'error');
  const lang: Lang = oneOf('lang', values.lang, LANGS, defaultLang(io.env));
  if (positionals.length === 0 && !values.stdin)
    throw new UsageError('name template files or folders, or pass --stdin');

  const ruleset = rulesetFrom(values.rules);
  const samples = samplesFrom(values.samples);
  const flagMeta = values.meta === undefined ? undefined : metaFrom(values.meta);
  const inputs = templateFiles(positionals).map((file) => {
    const sibling = siblingMeta(file);
    return { file, source: readText(file), meta: flagMeta ?? (sibling === undefined ? undefined : metaFrom(sibling)) };
  });
  if (values.stdin) inputs.push({ file: '<stdin>', source: await io.readStdin(), meta: flagMeta });
  if (inputs.length === 0) throw new UsageError(`no *.liquid or *.txt templates in ${positionals.join(' ')}`);

  const checked: { file: string; source: string; report: Report; diagnostics: Diagnostic[] }[] = [];
  for (const input of inputs) {
    const report = checkTemplate(
      input.meta === undefined ? { source: input.source } : { source: input.source, meta: input.meta },
      samples === undefined ? { ruleset, lang } : { ruleset, samples, lang },
    );
    checked.push({ ...input, report, diagnostics: diagnosticsFor(input.file, input.source, report) });
  }

  const all = checked.flatMap((c) => c.diagnostics);
  if (format === 'json') io.out(printJson(checked));
  else if (format === 'sarif') io.out(printSarif(all, ruleInfo(ruleset, lang), TOOL, lang));
  else io.out(printText(checked, lang));
  const threshold = SEVERITY_RANK[failOn];
  return all.some((d) => SEVERITY_RANK[d.severity] >= threshold) ? EXIT.findings : EXIT.ok;
}

function ruleInfo(ruleset: Ruleset, lang: Lang): Map<string, RuleInfo> {
  const rules = [...ruleset.rules, MISSING_VALUE];
  return new Map(rules.map((r) => [r.id, { id: r.id, title: r.title[lang], category: r.category }]));
}
