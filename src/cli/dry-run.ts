import { createReadStream, createWriteStream, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { loadRegexChecker, rulesetHash, stagePolicyOf } from '../core/index';
import {
  archiveText,
  capRow,
  csvRecords,
  DailyCap,
  decodeText,
  formatCst,
  parseInstant,
  rowContext,
  Tally,
  type CsvEncoding,
  type CsvRecord,
} from '../runtime/index';
import { EXIT, formatProblems, UsageError, type Io } from './io';
import { BUNDLE_WORDS, DRY_RUN_WORDS, langOf, USAGE_WORDS } from './lang';
import { jobCount, startPool } from './jobs';
import { jobFailed } from './worker-limits';
import { ordered } from './ordered';
import { progress } from './progress';
import { readText } from './read-inputs';
import { TRUST_OPTIONS, TRUST_USAGE, verifyOptions, verifyTrusted } from './trusted-bundle';
import { formatBundleProblems } from './verify';

export const DRY_RUN_USAGE = `usage: dry-run bundle.dunning.json borrowers.csv --at 2026-12-02T10:00+08:00 [--trust key.jwk …]
               [--allow-untrusted] [--allow-unsigned] [--out archive.jsonl] [--price 0.05] [--jobs N] [--lang zh|en]
what the sending system would do with each row at --at (an ISO time with its offset); nothing is sent.
borrowers.csv: RFC 4180, UTF-8 or GB18030, read as a stream; a header of dotted names (borrower.name,
  borrower.phone, loan.amount_due, loan.overdue_days, contacts.0.name …); a bad row is rejected, never the run;
  a record over 1048576 characters (a huge line) is rejected as row/csv and skipped without being kept; an
  empty or header-only file gives no rows and a warning
each row: the template of the loan's stage by the bundle's signed stagePolicy (debtor templates only; hardship and
  agency never by day): exact-day (default) D+7 only when loan.overdue_days is 7; latest-reached the latest stage
  day ≤ loan.overdue_days on the same side of the due date; rendered, checked again (an error finding holds it),
  the send window and the daily cap per phone in UTC+08:00
archive: one JSON line per row (--out, else stdout): row, decision send|scheduled|held|rejected, reason,
  salted ID hash, masked phone, template id and sha256, stage, scheduled time, text, segments
summary: counts per decision and reason, segments, cost at --price per segment (default 0.05), the stage
  policy, on stdout
  with --out, else stderr
${TRUST_USAGE}
env: DUNNING_WORKER_HEAP_MB each worker thread's heap cap (default 96; over it: exit 2 naming the row)
exit: 0 every row sent or scheduled · 1 some row held or rejected · 2 usage, unreadable files, a bad header,
      or a bundle refused (nothing is read or written then)
`;

const PRICE = /^\d+(?:\.\d+)?$/;

/** Where archive lines go: the --out file (awaiting its drain), or stdout. */
interface Archive {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

function archiveTo(file: string | undefined, io: Io): Archive {
  if (file === undefined) {
    return { write: async (t) => (io.out(t), await io.drain?.()), close: async () => undefined };
  }
  const stream: WriteStream = createWriteStream(file);
  const failed = once(stream, 'error').then(([e]) => Promise.reject(e instanceof Error ? e : new Error(String(e))));
  failed.catch(() => undefined);
  return {
    write: async (t) => {
      if (!stream.write(t)) await Promise.race([once(stream, 'drain'), failed]);
    },
    close: async () => {
      stream.end();
      await Promise.race([once(stream, 'finish'), failed]);
    },
  };
}

function mustBeFile(file: string): void {
  let ok = false;
  try {
    ok = statSync(file).isFile();
  } catch {
    // reported below
  }
  if (!ok) throw new UsageError(DRY_RUN_WORDS.noSuchFile(file));
}

/** `dry-run`: verifies the bundle, then decides every row of the CSV at `--at` and writes the archive (see usage). */
export async function runDryRun(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...TRUST_OPTIONS,
      at: { type: 'string' },
      out: { type: 'string' },
      price: { type: 'string' },
      jobs: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const lang = langOf(argv, io.env);
  if (positionals.length !== 2) throw new UsageError(DRY_RUN_WORDS.args());
  const [file = '', csv = ''] = positionals;
  const at = values.at === undefined ? undefined : parseInstant(values.at);
  if (values.at === undefined || at === undefined) throw new UsageError(DRY_RUN_WORDS.at());
  if (values.price !== undefined && !PRICE.test(values.price)) throw new UsageError(DRY_RUN_WORDS.price(values.price));
  const price = Number(values.price ?? '0.05');
  const jobs = jobCount(values.jobs, io.parallelism, Number.POSITIVE_INFINITY);
  if (jobs === undefined) throw new UsageError(USAGE_WORDS.positiveJobs(String(values.jobs)));
  const text = readText(file);
  mustBeFile(csv);

  const now = new Date(at);
  const verified = await verifyTrusted(text, file, values, now);
  if (!verified.ok) {
    const hint = verified.trustOnly ? BUNDLE_WORDS.trustHint()[lang] : '';
    const why = DRY_RUN_WORDS.nothingSent(verified.trustOnly)[lang];
    io.err(`${file}: ${why}\n${formatBundleProblems(verified.problems, lang)}${hint}`);
    return EXIT.usage;
  }
  for (const w of verified.warnings) io.err(w[lang]);
  const bundle = verified.bundle;
  if (bundle.pack) await loadRegexChecker();

  let encoding: CsvEncoding | undefined;
  // NOTE: 1 MiB reads: a huge file (or a huge line, skipped by search) costs far fewer chunks than at 64 KiB.
  const bytes = createReadStream(csv, { highWaterMark: 1 << 20 });
  const records = csvRecords(decodeText(bytes, (e) => void (encoding = e)));
  const first = await records.next();
  const header: CsvRecord | undefined = first.done ? undefined : first.value;
  const context = rowContext(bundle, header, { at: values.at });
  if (!context.ok) {
    const refused = context.problems.map((p) => ({ ...p, file: csv }));
    io.err(`${csv}: ${DRY_RUN_WORDS.csvRefused()[lang]}\n${formatProblems(refused, lang)}`);
    return EXIT.usage;
  }
  if (context.value.ignored.length > 0) io.err(`${DRY_RUN_WORDS.ignoredColumns(csv, context.value.ignored)[lang]}\n`);

  const archive = archiveTo(values.out, io);
  const tally = new Tally();
  const caps = new DailyCap();
  const shown = progress(io.errIsTTY, io.err, 'dry-run rows', undefined);
  try {
    if (header !== undefined) {
      const setup = { bundle: text, verify: verifyOptions(values, now), at: values.at, header };
      const pool = await startPool({ kind: 'dry-run', setup }, jobs, io.workers);
      try {
        let row = 0;
        const jobsOf = async function* () {
          for await (const record of records) yield { record, row: ++row };
        };
        // NOTE: rows are decided in worker threads; the daily cap is applied here, in row order.
        const window = jobs === 1 ? 1 : jobs * 8;
        for await (const plan of ordered(
          jobsOf(),
          (job) => pool.run(job).catch((e: unknown) => Promise.reject(jobFailed(`${csv} row ${job.row}`, e))),
          window,
        )) {
          const line = capRow(plan, caps);
          tally.add(line);
          await archive.write(archiveText(line));
          shown.tick();
        }
      } finally {
        shown.done();
        await pool.close();
      }
    }
  } finally {
    await archive.close();
  }

  if (tally.summary(price).rows === 0) io.err(`${DRY_RUN_WORDS.noRows(csv, header === undefined)[lang]}\n`);
  const gate = await rulesetHash(context.value.ruleset);
  const summary = {
    ...tally.summary(price),
    at: formatCst(at),
    bundleHash: bundle.bundleHash,
    stagePolicy: stagePolicyOf(bundle),
    encoding: encoding ?? null,
    ignoredColumns: context.value.ignored,
    gateRuleset: { hash: gate, sameAsBundle: gate === bundle.ruleset.hash },
  };
  (values.out === undefined ? io.err : io.out)(`${JSON.stringify(summary, null, 2)}\n`);
  return summary.decisions.held + summary.decisions.rejected > 0 ? EXIT.findings : EXIT.ok;
}
