import { parseArgs } from 'node:util';
import { defaultRuleset, type Problem } from '../core/index';
import { planCheck, templateInputs } from './check-inputs';
import { FORMATS, type FileResult } from './check-one';
import { SEVERITY_RANK, type Diagnostic } from './diagnostics';
import { ruleInfo } from './finding-words';
import { EXIT, formatProblems, UsageError, type Io } from './io';
import { defaultLang, LANGS, RUN_WORDS, summaryLine, USAGE_WORDS, type Lang } from './lang';
import { jobCount, startPool } from './jobs';
import { ordered } from './ordered';
import { JsonWriter } from './print-json';
import { printSarif } from './print-sarif';
import type { SeverityCounts } from './print-text';
import { progress } from './progress';
import { TOOL } from './version';
import { jobFailed } from './worker-limits';

const FAIL_ON = ['error', 'warning'] as const;
/** One template is checked in-process: its heap cannot grow much, and a worker's start would double the time. */
const SMALL_RUN = 1;

export const CHECK_USAGE = `usage: check [files or folders…] [--stdin] [--meta file] [--samples dir] [--rules dir] [--pack file]
             [--format text|json|jsonl|sarif] [--fail-on error|warning] [--lang zh|en] [--jobs N]
--pack: the organisation's rule pack overlay (*.dunning-pack.json) applied to the rules; a bad pack is exit 2
        naming its JSON path (its valid part still applies); json output names the pack and its hash
--jobs: templates checked at once in worker threads (default: the number of CPUs, at most one per template);
        output keeps the input order; progress (count, rate, ETA) goes to stderr when it is a terminal
text and jsonl are written file by file as each is checked (jsonl: one object per template: file, verdict,
score, findings with their message, problems); json and sarif are one document
at most 500 findings are printed per file (then "… and N more"; JSON: \`truncated: N\`)
a template file or --stdin over 1 MiB (1048576 bytes) is refused unread as input/too-large; so is any other
input file over 64 MiB
env: DUNNING_CHECK_BUDGET_MS each template's time budget (default 2000; then template/limit) ·
     DUNNING_WORKER_HEAP_MB each worker thread's heap cap (default 96; over it: exit 2 naming the file)
exit: 0 clean · 1 findings at or above --fail-on (default error; problems count as errors) · 2 usage, or an
      invalid rule, sample or meta file, or an input unreadable or too large (each one is reported on stderr;
      the rest is still checked and printed)
`;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(USAGE_WORDS.oneOf(flag, allowed, value));
}

/** `DUNNING_CHECK_BUDGET_MS`: a slower machine (a loaded CI) may give each template's check more time. */
function budgetFrom(env: Io['env']): { budgetMs?: number } {
  const ms = env.DUNNING_CHECK_BUDGET_MS;
  return ms !== undefined && /^[1-9]\d*$/.test(ms) ? { budgetMs: Number(ms) } : {};
}

/** Where each file's result goes as it comes, and what is written once every file is done. */
interface Sink {
  file(result: FileResult): void;
  end(problems: readonly Problem[], files: number, counts: SeverityCounts): void;
}

function sinkFor(
  format: (typeof FORMATS)[number],
  io: Io,
  lang: Lang,
  info: () => ReturnType<typeof ruleInfo>,
  pack?: object,
): Sink {
  if (format === 'json') {
    const json = new JsonWriter(io.out);
    return { file: (r) => json.entry(r.out), end: (problems) => json.end(problems, pack) };
  }
  if (format === 'sarif') {
    // NOTE: SARIF is one document whose rule table needs every result first: it buffers the diagnostics.
    const all: Diagnostic[] = [];
    return {
      file: (r) => void all.push(...(r.diagnostics ?? [])),
      end: (problems) => io.out(printSarif(all, info(), TOOL, lang, problems)),
    };
  }
  return {
    file: (r) => void (r.out === '' ? undefined : io.out(r.out)),
    end: (_, files, counts) => void (format === 'text' ? io.out(`${summaryLine(lang, files, counts)}\n`) : undefined),
  };
}

/**
 * `check`: checks templates against the rules on every sample; prints text, JSON lines, JSON or SARIF; returns the
 * exit code. Templates are read one at a time and each result is written (text, jsonl) or kept in its compact
 * printed form (json; sarif keeps diagnostics) as soon as it is ready, so memory does not grow with reports.
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
      pack: { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      lang: { type: 'string' },
      jobs: { type: 'string' },
    },
  });
  const format = oneOf('format', values.format, FORMATS, 'text');
  const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'error');
  const lang: Lang = oneOf('lang', values.lang, LANGS, defaultLang(io.env));
  if (positionals.length === 0 && !values.stdin) throw new UsageError(USAGE_WORDS.noInputs());

  const plan = await planCheck(values, positionals);
  const total = plan.files.length + (plan.stdin ? 1 : 0);
  const jobs = jobCount(values.jobs, io.parallelism, total);
  if (jobs === undefined) throw new UsageError(USAGE_WORDS.positiveJobs(String(values.jobs)));
  const setup = {
    ...(plan.ruleset === undefined ? {} : { ruleset: plan.ruleset }),
    ...(plan.samples === undefined ? {} : { samples: plan.samples }),
    lang,
    format,
    ...budgetFrom(io.env),
  };
  const sink = sinkFor(format, io, lang, () => ruleInfo(plan.ruleset ?? defaultRuleset(), lang), plan.pack);
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const shown = progress(io.errIsTTY, io.err, 'check', total);
  let files = 0;
  const pool = await startPool({ kind: 'check', setup }, jobs, io.workers, total <= SMALL_RUN);
  try {
    // NOTE: a few jobs per worker keep every thread busy; results that finish early wait only until their turn.
    const window = jobs === 1 ? 1 : jobs * 4;
    for await (const result of ordered(
      templateInputs(plan, io.readStdin),
      (t) => pool.run(t).catch((e: unknown) => Promise.reject(jobFailed(t.file, e))),
      window,
    )) {
      sink.file(result);
      await io.drain?.();
      for (const k of ['error', 'warning', 'info'] as const) counts[k] += result.counts[k];
      files += 1;
      shown.tick();
    }
  } finally {
    shown.done();
    await pool.close();
  }
  sink.end(plan.problems, files, counts);

  if (plan.problems.length > 0) {
    io.err(`${RUN_WORDS.inputProblems(plan.problems.length)[lang]}\n`);
    io.err(formatProblems(plan.problems, lang));
    return EXIT.usage;
  }
  const threshold = SEVERITY_RANK[failOn];
  const failing = (Object.keys(counts) as (keyof SeverityCounts)[]).some(
    (s) => counts[s] > 0 && SEVERITY_RANK[s] >= threshold,
  );
  return failing ? EXIT.findings : EXIT.ok;
}
