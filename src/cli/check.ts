import { parseArgs } from 'node:util';
import { checkTemplate, type Report } from '../core/index';
import { readCheckInputs } from './check-inputs';
import { findingWords, ruleInfo } from './finding-words';
import { diagnosticsFor, SEVERITY_RANK, type Diagnostic } from './diagnostics';
import { EXIT, formatProblems, UsageError, type Io } from './io';
import { defaultLang, LANGS, type Lang } from './lang';
import { printJson } from './print-json';
import { printSarif } from './print-sarif';
import { printText } from './print-text';
import { TOOL } from './version';

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning'] as const;

export const CHECK_USAGE = `usage: check [files or folders…] [--stdin] [--meta file] [--samples dir] [--rules dir]
             [--format text|json|sarif] [--fail-on error|warning] [--lang zh|en]
at most 500 findings are printed per file (then "… and N more"; JSON: \`truncated: N\`)
exit: 0 clean · 1 findings at or above --fail-on (default error; problems count as errors) · 2 usage, or an
      invalid rule, sample or meta file (each one is reported on stderr; the rest is still checked and printed)
`;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(' | ')} (got "${value}")`);
}

/**
 * `check`: checks templates against the rules on every sample; prints text, JSON or SARIF; returns the exit code.
 * Invalid rule, sample or meta files are reported on stderr and end with exit 2, after the rest was checked.
 */
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

  const { ruleset, samples, templates, problems } = await readCheckInputs(values, positionals, io.readStdin);

  const say = findingWords(ruleset, lang);
  const checked: { file: string; source: string; report: Report; diagnostics: Diagnostic[] }[] = [];
  for (const input of templates) {
    const report = checkTemplate(
      input.meta === undefined ? { source: input.source } : { source: input.source, meta: input.meta },
      // NOTE: every finding, so the printers can cap at MAX_PER_FILE and still count the rest (N in "… and N more").
      { ruleset, maxFindings: Number.POSITIVE_INFINITY, ...(samples === undefined ? {} : { samples }) },
    );
    checked.push({ ...input, report, diagnostics: diagnosticsFor(input.file, input.source, report, say) });
  }

  const all = checked.flatMap((c) => c.diagnostics);
  if (format === 'json') io.out(printJson(checked, problems));
  else if (format === 'sarif') io.out(printSarif(all, ruleInfo(ruleset, lang), TOOL, lang, problems));
  else io.out(printText(checked, lang));
  if (problems.length > 0) {
    io.err(`check: ${problems.length} problem(s) in the inputs; the rest was checked with the valid files\n`);
    io.err(formatProblems(problems));
    return EXIT.usage;
  }
  const threshold = SEVERITY_RANK[failOn];
  return all.some((d) => SEVERITY_RANK[d.severity] >= threshold) ? EXIT.findings : EXIT.ok;
}
